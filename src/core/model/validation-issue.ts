import './zod-config';
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

export const ValidationIssueSchema = z.object({
  /** Stable check code, e.g. "UNIT_MISMATCH"; see the check catalogue. */
  code: z.string(),
  severity: SeveritySchema,
  /** The check's short title, the heading its issues are grouped under. */
  title: z.object({ ja: z.string(), en: z.string() }),
  sheet: z.string().nullable(),
  /** A1 address within the sheet, e.g. "F12"; null for a whole-workbook problem. */
  cell: z.string().nullable(),
  /** "指標!F12", or the sheet name, or null. */
  address: z.string().nullable(),
  message: z.object({ ja: z.string(), en: z.string() }),
  /** The fiscal year of the result the problem is in (a year's target, actual or grade); absent when it concerns every year. */
  year: z.number().int().optional(),
});
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;
