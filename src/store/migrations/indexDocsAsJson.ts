import type { Db } from 'mongodb';
import { packSegments, type SegmentInfo } from '../resultIndexDocs.js';
import type { Migration } from './migration.js';

/** The fields results-index documents carried before their body became one JSON string. */
const BODY_FIELDS = ['entries', 'docs', 'segments', 'firsts', 'lasts', 'group_keys', 'counts'] as const;

/**
 * Results-index documents (batch, segment, header) written with their body as fields: the body
 * moves into `json`, as written since (see resultIndexDocs.ts), a header's segment list packed as
 * headers are written now, and the unread `groups` of the first layout go. Plans carry no body.
 */
export const indexDocsAsJson: Migration = {
  version: 1,
  name: 'results index bodies as one JSON string',
  async up(db: Db) {
    const index = db.collection<Record<string, unknown> & { _id: string }>('run_result_index');
    let rewritten = 0;
    const legacy = index.find({ kind: { $in: ['batch', 'segment', 'header'] }, json: { $exists: false } });
    for await (const doc of legacy) {
      const body: Record<string, unknown> = {};
      for (const field of BODY_FIELDS) if (doc[field] !== undefined) body[field] = doc[field];
      // The first headers listed their segments whole; headers are written packed since.
      if (Array.isArray(body.segments)) {
        Object.assign(body, packSegments(body.segments as SegmentInfo[]));
        delete body.segments;
      }
      const { _id, project_id, run_id, kind, created_at } = doc;
      await index.replaceOne({ _id }, { project_id, run_id, kind, created_at, json: JSON.stringify(body) });
      rewritten++;
    }
    return rewritten;
  },
};
