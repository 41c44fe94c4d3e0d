/** A dataset as a map from layout path to content, before it is written to disk. */
export type DatasetFile = { json: unknown } | { text: string } | { bytes: Buffer };
export type DatasetFiles = Map<string, DatasetFile>;
