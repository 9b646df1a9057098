import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { InferSelectModel } from 'drizzle-orm';
import { UserInputError } from '../common/errors';
import * as v from '../common/validate';
import type { Executor } from '../db/database';
import { validateIdNumber } from '../privacy/id-number';
import type { PiiCipher } from '../privacy/pii';
import { findRegions } from '../regions/region.repository';
import { assistanceRecords, beneficiaries, type ConsentKind, consents } from './beneficiary.table';

export type BeneficiaryRecord = InferSelectModel<typeof beneficiaries>;
export type ConsentRecord = InferSelectModel<typeof consents>;
export type AssistanceRecordRow = InferSelectModel<typeof assistanceRecords>;

/** Personal details as given at intake; every field optional for a person taken in unidentified. */
export interface PersonInput {
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  household?: string | null;
  notes?: string | null;
}

/** A beneficiary decrypted for someone allowed to see them; `full` is false for those who get a masked ID number. */
export interface BeneficiaryView {
  record: BeneficiaryRecord;
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  household: string | null;
  notes: string | null;
}

export const maskIdNumber = (id: string): string => `${id.slice(0, 6)}********${id.slice(14)}`;

const PHONE = /^\+?[0-9 -]{5,20}$/;

/** Personal data of beneficiaries: encryption, ID validation, blind index, consents and assistance records. */
export class BeneficiaryService {
  constructor(readonly pii: PiiCipher) {}

  /** Validates personal input before any write; returns the normalised ID number, if any. */
  async validatePerson(exec: Executor, input: PersonInput, field: string[]): Promise<{ idNumber: string | null; name: string | null; phone: string | null; household: string | null; notes: string | null }> {
    const idNumber = input.idNumber ? await validateIdNumber(input.idNumber, [...field, 'idNumber'], async (codes) => (await findRegions(exec, codes)).length > 0) : null;
    const name = v.optionalText(input.name, [...field, 'name'], { max: 100, label: 'The name' }) || null;
    const phone = v.optionalText(input.phone, [...field, 'phone'], { max: 20, label: 'The phone number' }) || null;
    if (phone && !PHONE.test(phone)) throw new UserInputError('INVALID_PHONE', 'This is not a phone number.', [...field, 'phone']);
    const household = v.optionalText(input.household, [...field, 'household'], { max: 4000, label: 'The household' }) || null;
    const notes = v.optionalText(input.notes, [...field, 'notes'], { max: 4000, label: 'The notes' }) || null;
    return { idNumber, name, phone, household, notes };
  }

  /**
   * Finds the person by the blind index of their ID number, or creates them. A known
   * person's missing details are filled in; nothing known is overwritten.
   */
  async findOrCreate(tx: Executor, person: Awaited<ReturnType<BeneficiaryService['validatePerson']>>, createdBy: string | null): Promise<BeneficiaryRecord> {
    const index = person.idNumber ? this.pii.blindIndex(person.idNumber) : null;
    if (index) {
      const [known] = await tx.select().from(beneficiaries).where(and(eq(beneficiaries.idNumberIndex, index), isNull(beneficiaries.mergedIntoId)));
      if (known) {
        const fill = {
          ...(known.nameEnc ? {} : { nameEnc: this.pii.encryptOptional(person.name) }),
          ...(known.phoneEnc ? {} : { phoneEnc: this.pii.encryptOptional(person.phone) }),
          ...(known.householdEnc ? {} : { householdEnc: this.pii.encryptOptional(person.household) }),
          ...(known.notesEnc ? {} : { notesEnc: this.pii.encryptOptional(person.notes) }),
        };
        if (Object.keys(fill).length === 0) return known;
        const [updated] = await tx.update(beneficiaries).set({ ...fill, updatedAt: sql`now()` }).where(eq(beneficiaries.id, known.id)).returning();
        return updated ?? known;
      }
    }
    const [row] = await tx
      .insert(beneficiaries)
      .values({
        nameEnc: this.pii.encryptOptional(person.name),
        idNumberEnc: this.pii.encryptOptional(person.idNumber),
        idNumberIndex: index,
        phoneEnc: this.pii.encryptOptional(person.phone),
        householdEnc: this.pii.encryptOptional(person.household),
        notesEnc: this.pii.encryptOptional(person.notes),
        identified: index !== null,
        createdBy,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return row;
  }

  /**
   * Identifies a person taken in unidentified. When the ID number belongs to a known
   * person, the unidentified record is merged into theirs and that id is returned.
   */
  async identify(tx: Executor, beneficiaryId: string, idNumber: string, name: string | null): Promise<{ beneficiaryId: string; merged: boolean }> {
    const index = this.pii.blindIndex(idNumber);
    const [known] = await tx.select().from(beneficiaries).where(and(eq(beneficiaries.idNumberIndex, index), isNull(beneficiaries.mergedIntoId)));
    if (known && known.id !== beneficiaryId) {
      await tx.update(beneficiaries).set({ mergedIntoId: known.id, updatedAt: sql`now()` }).where(eq(beneficiaries.id, beneficiaryId));
      return { beneficiaryId: known.id, merged: true };
    }
    await tx
      .update(beneficiaries)
      .set({ idNumberEnc: this.pii.encrypt(idNumber), idNumberIndex: index, identified: true, ...(name ? { nameEnc: this.pii.encrypt(name) } : {}), updatedAt: sql`now()` })
      .where(eq(beneficiaries.id, beneficiaryId));
    return { beneficiaryId, merged: false };
  }

  decrypt(record: BeneficiaryRecord, full: boolean): BeneficiaryView {
    const id = this.pii.decryptOptional(record.idNumberEnc);
    return {
      record,
      name: this.pii.decryptOptional(record.nameEnc),
      idNumber: id && !full ? maskIdNumber(id) : id,
      phone: full ? this.pii.decryptOptional(record.phoneEnc) : null,
      household: this.pii.decryptOptional(record.householdEnc),
      notes: full ? this.pii.decryptOptional(record.notesEnc) : null,
    };
  }

  async find(exec: Executor, ids: readonly string[]): Promise<BeneficiaryRecord[]> {
    if (ids.length === 0) return [];
    return exec.select().from(beneficiaries).where(inArray(beneficiaries.id, [...ids]));
  }

  async grantConsent(tx: Executor, beneficiaryId: string, kind: ConsentKind, takenBy: string): Promise<ConsentRecord> {
    const [active] = await tx.select().from(consents).where(and(eq(consents.beneficiaryId, beneficiaryId), eq(consents.kind, kind), isNull(consents.revokedAt)));
    if (active) return active;
    const [row] = await tx.insert(consents).values({ beneficiaryId, kind, takenBy }).returning();
    if (!row) throw new Error('insert returned nothing');
    return row;
  }

  async revokeConsent(tx: Executor, beneficiaryId: string, kind: ConsentKind, revokedBy: string): Promise<ConsentRecord[]> {
    return tx
      .update(consents)
      .set({ revokedAt: sql`now()`, revokedBy })
      .where(and(eq(consents.beneficiaryId, beneficiaryId), eq(consents.kind, kind), isNull(consents.revokedAt)))
      .returning();
  }

  async activeConsents(exec: Executor, beneficiaryIds: readonly string[]): Promise<ConsentRecord[]> {
    if (beneficiaryIds.length === 0) return [];
    return exec.select().from(consents).where(and(inArray(consents.beneficiaryId, [...beneficiaryIds]), isNull(consents.revokedAt)));
  }

  async consentHistory(exec: Executor, beneficiaryId: string): Promise<ConsentRecord[]> {
    return exec.select().from(consents).where(eq(consents.beneficiaryId, beneficiaryId)).orderBy(desc(consents.grantedAt));
  }

  async hasConsent(exec: Executor, beneficiaryId: string | null, kind: ConsentKind): Promise<boolean> {
    if (!beneficiaryId) return false;
    const [row] = await exec.select({ id: consents.id }).from(consents).where(and(eq(consents.beneficiaryId, beneficiaryId), eq(consents.kind, kind), isNull(consents.revokedAt)));
    return !!row;
  }

  /** Recorded aid for the person: all of it, or only for this reason in this calendar year. */
  async assistance(exec: Executor, beneficiaryId: string, only?: { category: string; year: number }): Promise<AssistanceRecordRow[]> {
    const conds = [eq(assistanceRecords.beneficiaryId, beneficiaryId)];
    if (only) {
      conds.push(eq(assistanceRecords.category, only.category));
      conds.push(sql`${assistanceRecords.givenOn} >= ${`${only.year}-01-01`} AND ${assistanceRecords.givenOn} <= ${`${only.year}-12-31`}`);
    }
    return exec.select().from(assistanceRecords).where(and(...conds)).orderBy(desc(assistanceRecords.givenOn));
  }

  async recordAssistance(tx: Executor, row: typeof assistanceRecords.$inferInsert): Promise<AssistanceRecordRow> {
    const [r] = await tx.insert(assistanceRecords).values(row).returning();
    if (!r) throw new Error('insert returned nothing');
    return r;
  }
}

