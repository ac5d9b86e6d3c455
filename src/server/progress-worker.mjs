// Entry of the progress worker thread: registers tsx (a dependency) so the TypeScript worker loads.
import { register } from 'tsx/esm/api';

register();
await import('./progress-worker.ts');
