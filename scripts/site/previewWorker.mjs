// The preview worker's entry: a worker starts without the build's TypeScript loader, so it registers tsx's first.
import { register } from 'tsx/esm/api';

register();
await import('./previewWorker.ts');
