import type { Request } from 'express';
import busboy from 'busboy';
import type { Readable } from 'node:stream';
import { BadRequestError, PayloadTooLargeError } from '../domain/errors.js';

/** OpenAI's own limit on one uploaded file. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface MultipartUpload {
  /** Form fields seen by the time the stream ended (they may come before or after the file). */
  fields: Map<string, string>;
}

/**
 * Reads a `multipart/form-data` request with one file part and handles the file as a
 * stream (`onFile` consumes it; nothing is buffered whole). The SDKs send the fields
 * in the order of their arguments, so `purpose` may arrive after the file: callers
 * check fields once this resolves.
 */
export async function readMultipartFile(
  req: Request,
  onFile: (file: Readable, filename: string) => Promise<void>,
): Promise<MultipartUpload> {
  if (!req.is('multipart/form-data')) {
    throw new BadRequestError(
      'unsupported_content_type',
      'Upload files as multipart/form-data with a `file` part and a `purpose` field.',
    );
  }
  const fields = new Map<string, string>();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { files: 1, fileSize: MAX_FILE_BYTES, fields: 10, fieldSize: 1024 },
    });
  } catch (error) {
    throw new BadRequestError(
      'malformed_multipart',
      `Malformed multipart request: ${(error as Error).message}`,
    );
  }
  let fileWork: Promise<void> | null = null;
  let tooLarge = false;
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      stream.on('limit', () => {
        tooLarge = true;
      });
      fileWork = onFile(stream, info.filename ?? 'upload.jsonl');
      // Keep reading the request even if the consumer failed, so the error can be answered.
      fileWork.catch(() => stream.resume());
    });
    parser.on('error', (error: Error) =>
      reject(new BadRequestError('malformed_multipart', `Malformed multipart request: ${error.message}`)),
    );
    parser.on('close', resolve);
  });
  req.pipe(parser);
  await finished;
  if (tooLarge) {
    throw new PayloadTooLargeError('file_too_large', `The file is larger than ${MAX_FILE_BYTES} bytes.`, {
      param: 'file',
    });
  }
  if (!fileWork)
    throw new BadRequestError('missing_file', 'The request has no `file` part.', { param: 'file' });
  await fileWork;
  return { fields };
}
