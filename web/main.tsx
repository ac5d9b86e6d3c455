import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { AppProvider } from './app-context.js';
import { AuthGate } from './pages/sign-in.js';
import './styles.css';
import { registerServiceWorker } from './lib/service-worker.js';

const root = document.getElementById('root');
if (root === null) {
  throw new Error('index.html has no #root element');
}
createRoot(root).render(
  <StrictMode>
    <AuthGate>
      <AppProvider>
        <App />
      </AppProvider>
    </AuthGate>
  </StrictMode>,
);

registerServiceWorker();
