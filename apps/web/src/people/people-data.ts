import type { Schemas } from '../api/client';

export type PersonSummary = Schemas['PersonSummaryDto'];
