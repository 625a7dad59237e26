// Web Worker: decodes, parses and validates a large input away from the page, so the page never
// freezes while it loads. Started by parse-off-main.ts; one job per worker.
import { runParseJob } from './parse-job';
import type { ParseInput, ParseMessage } from './parse-protocol';
import { splitResult } from './parse-protocol';

/** The part of a dedicated worker's global scope used here (typed locally: tests run it with DOM types only). */
interface WorkerScope {
  postMessage: (message: ParseMessage) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<ParseInput>) => void) => void;
}

const scope = self as unknown as WorkerScope;
const post = (message: ParseMessage): void => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<ParseInput>) => {
  runParseJob(event.data, (stage) => post({ kind: 'stage', stage })).then(
    (result) => splitResult(result).forEach(post),
    (error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
