import './zod-config';
import { z } from 'zod';

export const QuantitySchema = z.object({
  value: z.number().finite(),
  unit: z.string().nullable(),
  atLeast: z.boolean(),
  atMost: z.boolean(),
  perYear: z.boolean(),
  surveyPoint: z.string().nullable(),
});
