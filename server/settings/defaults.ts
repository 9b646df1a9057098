/** A document the applicant brings, from a category's checklist. */
export interface DocumentSpec {
  code: string;
  label: string;
}

/** A category of emergency matter (R10) with its hardship type and document checklist (R5). */
export interface CategorySpec {
  code: string;
  label: string;
  hardshipType: 'sudden' | 'expenditure';
  documents: DocumentSpec[];
}

/** The settings a region may set; each is inherited down the tree until overridden. */
export interface SettingsValues {
  triageWorkingDays: number;
  decisionWorkingDays: number;
  paperworkWorkingDays: number;
  referralResponseWorkingDays: number;
  townshipApprovalLimitMinor: bigint;
  dibaoMonthlyStandardMinor: bigint;
  capMultiplier: number;
  holidays: string[];
  categories: CategorySpec[];
}

export type SettingKey = keyof SettingsValues;
export const SETTING_KEYS: SettingKey[] = [
  'triageWorkingDays',
  'decisionWorkingDays',
  'paperworkWorkingDays',
  'referralResponseWorkingDays',
  'townshipApprovalLimitMinor',
  'dibaoMonthlyStandardMinor',
  'capMultiplier',
  'holidays',
  'categories',
];

const doc = (code: string, label: string): DocumentSpec => ({ code, label });
const APPLICATION = doc('application', '救助申请书 application form');
const ID_CARD = doc('id_card', '居民身份证 ID card');
const HUKOU = doc('household_register', '户口本 household register');
const AUTH = doc('verification_authorization', '家庭经济状况核对授权书 authorisation for economic verification');
const base = [APPLICATION, ID_CARD, HUKOU, AUTH];

/** National defaults (FACTS.md "Deadlines and amounts"); regions override them. */
export const DEFAULT_SETTINGS: SettingsValues = {
  triageWorkingDays: 1,
  decisionWorkingDays: 15,
  paperworkWorkingDays: 5,
  referralResponseWorkingDays: 3,
  townshipApprovalLimitMinor: 300_000n,
  // A placeholder monthly 低保 standard (¥700); every county sets its own.
  dibaoMonthlyStandardMinor: 70_000n,
  capMultiplier: 10,
  holidays: [],
  categories: [
    { code: 'illness', label: '突发重病 sudden serious illness', hardshipType: 'sudden', documents: [...base, doc('diagnosis', '诊断证明 diagnosis'), doc('medical_bills', '医疗费用票据 medical bills')] },
    { code: 'accident', label: '交通事故或意外 accident', hardshipType: 'sudden', documents: [...base, doc('police_report', '事故认定书 police or accident report')] },
    { code: 'fire', label: '火灾 fire', hardshipType: 'sudden', documents: [...base, doc('fire_report', '火灾证明 fire report')] },
    { code: 'disaster', label: '自然灾害 natural disaster', hardshipType: 'sudden', documents: [...base, doc('damage_proof', '受灾证明 proof of damage')] },
    { code: 'domestic_violence', label: '家庭暴力 domestic violence', hardshipType: 'sudden', documents: [APPLICATION, ID_CARD, doc('protection_record', '告诫书或保护令 police caution or protection order')] },
    { code: 'vagrancy', label: '流浪乞讨 vagrancy and begging', hardshipType: 'sudden', documents: [doc('rescue_station_record', '救助站登记 rescue-station record')] },
    { code: 'medical_expense', label: '医疗支出 medical spending beyond means', hardshipType: 'expenditure', documents: [...base, doc('diagnosis', '诊断证明 diagnosis'), doc('medical_bills', '医疗费用票据 medical bills'), doc('income_proof', '收入证明 income statement')] },
    { code: 'education_expense', label: '教育支出 education spending beyond means', hardshipType: 'expenditure', documents: [...base, doc('enrolment_proof', '录取或在读证明 enrolment proof'), doc('fee_invoice', '学费票据 fee invoice'), doc('income_proof', '收入证明 income statement')] },
    { code: 'other', label: '其他突发困难 other sudden hardship', hardshipType: 'sudden', documents: [...base, doc('hardship_proof', '困难证明 proof of the hardship')] },
  ],
};
