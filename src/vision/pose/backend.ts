/**
 * Node: the TF.js backend for pose inference. WebAssembly with SIMD (its .wasm files ship in
 * @tensorflow/tfjs-backend-wasm), falling back to the plain JS cpu backend. No tfjs-node.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { tf, wasm } from './tf-node.js';

/** The backends Kneeline runs pose models on in Node. */
export type NodeBackend = 'wasm' | 'cpu';

let wasmPathsSet = false;

function pointWasmAtPackage(threads: number): void {
  if (wasmPathsSet) {
    return;
  }
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  wasm.setWasmPaths(`${dist}/`);
  wasm.setThreadsCount(threads);
  wasmPathsSet = true;
}

/**
 * Selects `preferred` (wasm by default) and returns the backend actually in use: cpu when wasm
 * cannot start. `threads` only applies to the first wasm start in a process.
 */
export async function useNodeBackend(preferred: NodeBackend = 'wasm', threads = 1): Promise<NodeBackend> {
  if (preferred === 'wasm') {
    pointWasmAtPackage(threads);
    try {
      if (await tf.setBackend('wasm')) {
        await tf.ready();
        return 'wasm';
      }
    } catch {
      // fall through to cpu
    }
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return 'cpu';
}
