import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import express, { type Request, type Response } from 'express';
import { requireAccess } from '../access/access';
import { ANONYMOUS, type Actor } from '../access/actor';
import { recordAudit } from '../audit/audit';
import type { CaseService } from '../cases/case.service';
import { evidenceFiles } from '../cases/casedesk.table';
import type { EvidenceRecord } from '../cases/case.model';
import { DomainError, HTTP_STATUS, NotFoundError, UserInputError } from '../common/errors';
import { toGlobalId } from '../common/ids';
import type { Db } from '../db/database';
import { inTransaction } from '../db/transaction';
import { bearerToken } from '../http/app';
import type { Services } from '../services';
import type { SettingsService } from '../settings/settings.service';

/** Accepted file types, each recognised by its first bytes, not only by the declared type. */
const TYPES: Record<string, { magic: Buffer; ext: string }> = {
  'application/pdf': { magic: Buffer.from('%PDF-'), ext: 'pdf' },
  'image/jpeg': { magic: Buffer.from([0xff, 0xd8, 0xff]), ext: 'jpg' },
  'image/png': { magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ext: 'png' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Evidence files: stored under the data folder with a SHA-256 checksum, linked to a case. */
export class EvidenceService {
  constructor(
    private readonly db: Db,
    private readonly casesSvc: CaseService,
    private readonly settings: SettingsService,
    private readonly dir: string,
    readonly maxBytes: number,
  ) {}

  private async caseFor(actor: Actor, caseId: string, action: 'case.view' | 'case.uploadEvidence') {
    if (!UUID.test(caseId)) throw new NotFoundError('The case');
    const c = await this.casesSvc.load(this.db, caseId);
    requireAccess(actor, action, await this.casesSvc.accessOf(this.db, c), 'The case');
    return c;
  }

  async upload(actor: Actor, caseId: string, input: { documentKind: string; fileName: string; mimeType: string; body: Buffer }, requestId: string): Promise<EvidenceRecord> {
    const c = await this.caseFor(actor, caseId, 'case.uploadEvidence');
    const type = TYPES[input.mimeType];
    if (!type) throw new UserInputError('FILE_TYPE_NOT_ALLOWED', `Upload a PDF, JPEG or PNG file (got ${input.mimeType.slice(0, 60) || 'no type'}).`, ['content-type']);
    if (input.body.length === 0) throw new UserInputError('FILE_EMPTY', 'The file is empty.', ['body']);
    if (input.body.length > this.maxBytes) throw new UserInputError('FILE_TOO_LARGE', `Files may be at most ${this.maxBytes} bytes.`, ['body']);
    if (!input.body.subarray(0, type.magic.length).equals(type.magic)) throw new UserInputError('FILE_TYPE_MISMATCH', 'The file content does not match its declared type.', ['content-type']);
    const st = await this.settings.effective(c.regionCode);
    const category = st.values.categories.find((k) => k.code === c.category);
    const allowed = new Set([...(category?.documents.map((d) => d.code) ?? []), 'other']);
    if (!allowed.has(input.documentKind)) {
      throw new UserInputError('UNKNOWN_DOCUMENT_KIND', `Document kinds for this case: ${[...allowed].join(', ')}.`, ['kind']);
    }
    const fileName = input.fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || `document.${type.ext}`;
    const sha256 = crypto.createHash('sha256').update(input.body).digest('hex');
    const id = crypto.randomUUID();
    const rel = path.join(c.id, `${id}.${type.ext}`);
    const full = path.join(this.dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true, mode: 0o700 });
    fs.writeFileSync(full, input.body, { mode: 0o600, flag: 'wx' });
    try {
      return await inTransaction(this.db, async (tx) => {
        const [row] = await tx
          .insert(evidenceFiles)
          .values({ id, caseId: c.id, documentKind: input.documentKind, fileName, mimeType: input.mimeType, sizeBytes: input.body.length, sha256, storagePath: rel, uploadedBy: actor.userId as string })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        await recordAudit(tx, { actorUserId: actor.userId, action: 'evidence.upload', entityType: 'EvidenceFile', entityId: id, regionCode: c.regionCode, after: { caseId: c.id, documentKind: row.documentKind, sizeBytes: row.sizeBytes, sha256 }, requestId });
        return row;
      });
    } catch (err) {
      fs.rmSync(full, { force: true });
      throw err;
    }
  }

  async open(actor: Actor, caseId: string, fileId: string): Promise<{ record: EvidenceRecord; path: string }> {
    const c = await this.caseFor(actor, caseId, 'case.view');
    if (!UUID.test(fileId)) throw new NotFoundError('The file');
    const [row] = await this.db.select().from(evidenceFiles).where(and(eq(evidenceFiles.id, fileId), eq(evidenceFiles.caseId, c.id)));
    if (!row) throw new NotFoundError('The file');
    return { record: row, path: path.join(this.dir, row.storagePath) };
  }
}

/** POST /cases/:caseId/evidence?kind=… (raw body, bearer auth) and GET /cases/:caseId/evidence/:fileId. */
export function mountEvidenceRoutes(services: Services) {
  return (app: express.Express): void => {
    const fail = (res: Response, err: unknown) => {
      if (err instanceof DomainError) {
        res.status(HTTP_STATUS[err.category]).json({ errors: [{ message: err.message, extensions: { code: err.category, reason: err.code, field: err.field } }] });
        return;
      }
      throw err;
    };
    const actorOf = async (req: Request): Promise<Actor> => (await services.accounts.authenticate(bearerToken(req.header('authorization'))))?.actor ?? ANONYMOUS;
    const evidence = services.evidence;
    app.post(
      '/cases/:caseId/evidence',
      express.raw({ type: () => true, limit: evidence.maxBytes + 1 }),
      async (req: Request, res: Response) => {
        try {
          const actor = await actorOf(req);
          const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const record = await evidence.upload(
            actor,
            String(req.params.caseId),
            {
              documentKind: String(req.query.kind ?? ''),
              fileName: String(req.query.fileName ?? req.header('x-file-name') ?? ''),
              mimeType: (req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
              body,
            },
            req.id,
          );
          res.status(201).json({ id: toGlobalId('EvidenceFile', record.id), documentKind: record.documentKind, sha256: record.sha256, sizeBytes: record.sizeBytes });
        } catch (err) {
          fail(res, err);
        }
      },
    );
    app.get('/cases/:caseId/evidence/:fileId', async (req: Request, res: Response) => {
      try {
        const actor = await actorOf(req);
        const { record, path: file } = await evidence.open(actor, String(req.params.caseId), String(req.params.fileId));
        res.setHeader('content-type', record.mimeType);
        res.setHeader('x-content-sha256', record.sha256);
        res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(record.fileName)}`);
        res.setHeader('cache-control', 'private, no-store');
        res.send(fs.readFileSync(file));
      } catch (err) {
        fail(res, err);
      }
    });
  };
}
