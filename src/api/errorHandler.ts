import type { ErrorRequestHandler } from 'express';
import {
  MongoNetworkError,
  MongoServerSelectionError,
  MongoNotConnectedError,
  MongoTopologyClosedError,
} from 'mongodb';
import { isGrpcServiceError, ServiceError } from '@temporalio/client';
import {
  AppError,
  BadRequestError,
  ConflictError,
  MethodNotAllowedError,
  PayloadTooLargeError,
  RateLimitedError,
  UpstreamUnavailableError,
} from '../domain/errors.js';
import { inDialectOf } from './openAiDialect.js';
import type { Logger } from '../platform/log.js';

/** gRPC UNAVAILABLE / DEADLINE_EXCEEDED: Temporal is down or unreachable. */
const temporalDownCodes = new Set([14, 4]);

/** Turns whatever was thrown into a typed error; unknown ones stay unknown (500). */
export function classifyError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (
    error instanceof MongoServerSelectionError ||
    error instanceof MongoNetworkError ||
    error instanceof MongoNotConnectedError ||
    error instanceof MongoTopologyClosedError
  ) {
    return new UpstreamUnavailableError('mongodb', error);
  }
  const grpc = error instanceof ServiceError ? error.cause : error;
  if (isGrpcServiceError(grpc) && temporalDownCodes.has(grpc.code))
    return new UpstreamUnavailableError('temporal', error);
  if (error instanceof Error && 'type' in error) {
    // body-parser's errors carry a `type`
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      return new PayloadTooLargeError(
        'body_too_large',
        'The request body is larger than this server accepts.',
      );
    }
    if (type === 'entity.parse.failed')
      return new BadRequestError('malformed_json', `Malformed JSON body: ${error.message}`);
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return new BadRequestError('unsupported_encoding', error.message);
    }
  }
  return null;
}

/** The one place errors become SPEC's error body. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const requestId = String(res.getHeader('x-request-id') ?? '');
    if (res.headersSent) {
      // A streamed answer (an export) failed half-way: its status and part of its body are
      // sent, so an error body would only corrupt it. Cut the connection instead, so the client
      // sees a broken transfer rather than a short file that looks complete.
      logger.error(
        { err: error, requestId, method: req.method, path: req.path },
        'response failed mid-stream',
      );
      res.destroy();
      return;
    }
    // Refused before its body was read (401, 429, 413...): close the connection after the answer
    // rather than let Node read a hostile body to the end to keep the connection alive.
    if (!req.complete) res.setHeader('Connection', 'close');
    const classified = classifyError(error);
    const known = classified && inDialectOf(req.path, classified);
    if (!known) {
      logger.error({ err: error, requestId, method: req.method, path: req.path }, 'unhandled error');
      res.status(500).json({
        error: {
          type: 'internal_error',
          code: 'internal_error',
          message: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
          request_id: requestId,
        },
      });
      return;
    }
    if (known instanceof MethodNotAllowedError) res.setHeader('Allow', known.allow.join(', '));
    if (known instanceof RateLimitedError || known instanceof UpstreamUnavailableError) {
      res.setHeader('Retry-After', String(known.retryAfterSeconds));
    }
    // Every Assay conflict is a state that a retry would meet again; the SDKs retry a 409 unless told.
    if (known instanceof ConflictError) res.setHeader('x-should-retry', 'false');
    if (known instanceof UpstreamUnavailableError) {
      logger.warn({ requestId, cause: String(known.cause) }, known.message);
    }
    res.status(known.status).json({
      error: {
        type: known.type,
        code: known.code,
        message: known.message,
        ...(known.param ? { param: known.param } : {}),
        ...(known.details ? { details: known.details } : {}),
        request_id: requestId,
      },
    });
  };
}
