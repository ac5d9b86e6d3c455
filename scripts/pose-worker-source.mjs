// Starts src/vision/pose/pose-worker.ts from source (tests, tsx): registers tsx's loader in this
// worker thread first. The compiled CLI runs build/vision/pose/pose-worker.js and never loads this.
import { register } from 'tsx/esm/api';

register();
await import('../src/vision/pose/pose-worker.ts');
