import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { validation } from './errors';
import { fieldName } from './validation-messages';

/** The largest value of a PostgreSQL integer column (int4). */
export const INT4_MAX = 2_147_483_647;

/** A path number (a version number): a whole number from 1 that fits an integer column, else a Swedish 400. */
@Injectable()
export class PositiveIntPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(number >= 1 && number <= INT4_MAX)) {
      const field = metadata.data ?? 'number';
      throw validation([{ field, message: `${fieldName(field)} ska vara ett heltal från 1 till ${INT4_MAX}.` }], 'Adressen innehåller ett ogiltigt nummer.');
    }
    return number;
  }
}
