import { createZipWriter } from '../zipWriter';
import { runArchiveZip } from './archiveZip';
import { runInstanceZip, type EngineContext } from './instanceZip';
import type { ArchiveZipPlan, DownloadOutcome, InstanceZipPlan } from './types';

export interface RunningZip {
  readable: ReadableStream<Uint8Array>;
  /** Settles when the last byte has been handed to the stream (or the run failed). */
  result: Promise<DownloadOutcome>;
  abort(reason: unknown): void;
}

/** Starts building the ZIP; its bytes flow out of `readable` as fast as the reader takes them. */
export function runZipPlan(plan: InstanceZipPlan | ArchiveZipPlan, ctx: EngineContext): RunningZip {
  const zip = createZipWriter();
  const run = plan.kind === 'instance-zip' ? runInstanceZip(plan, zip, ctx) : runArchiveZip(plan, zip, ctx);
  const result = run.catch((error: unknown) => {
    zip.abort(error);
    throw error;
  });
  return { readable: zip.readable, result, abort: (reason) => zip.abort(reason) };
}
