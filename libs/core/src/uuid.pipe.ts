import { type PipeTransform, Injectable } from '@nestjs/common';
import { validation } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id: must be a UUID, and is lower-cased so that comparisons with stored ids hold. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw validation([{ field: 'id', message: 'Ogiltigt id.' }], 'Adressen innehåller ett ogiltigt id.');
    }
    return value.toLowerCase();
  }
}
