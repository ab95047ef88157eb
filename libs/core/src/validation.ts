import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { type FieldError, validation } from './errors';
import { swedishFieldErrors, swedishMessage } from './validation-messages';

/** Where @nestjs/swagger keeps a DTO property's @ApiProperty options (and the list of its properties). */
const API_PROPERTY = 'swagger/apiModelProperties';
const API_PROPERTIES = 'swagger/apiModelPropertiesArray';

interface ApiPropertyOptions {
  nullable?: boolean;
  type?: unknown;
}

function isDto(type: unknown): type is abstract new () => object {
  return typeof type === 'function' && Reflect.getMetadata(API_PROPERTIES, (type as { prototype: object }).prototype) !== undefined;
}

/**
 * The null rule (docs/architecture.md, "Null in a request"): `null` is a value only for a property
 * whose @ApiProperty says `nullable: true` (clearing a folder, a capacity, a deadline). Anywhere
 * else it is a 400 naming the field, never "leave it out" nor "clear it". Nested DTOs are walked
 * without recursion.
 */
export function nullFields(type: abstract new () => object, body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const queue: Array<{ type: abstract new () => object; value: unknown; prefix: string }> = [{ type, value: body, prefix: '' }];
  for (let next = queue.pop(); next; next = queue.pop()) {
    const { value, prefix } = next;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const options = Reflect.getMetadata(API_PROPERTY, next.type.prototype, key) as ApiPropertyOptions | undefined;
      if (!options) continue; // an unknown field: the whitelist check names it
      const field = prefix ? `${prefix}.${key}` : key;
      if (item === null) {
        if (options.nullable !== true) errors.push({ field, message: swedishMessage(undefined, key, 'notNull', '') });
        continue;
      }
      const inner = Array.isArray(options.type) ? options.type[0] : options.type;
      if (!isDto(inner)) continue;
      if (Array.isArray(item)) item.forEach((element, i) => queue.push({ type: inner, value: element, prefix: `${field}.${i}` }));
      else queue.push({ type: inner, value: item, prefix: field });
    }
  }
  return errors;
}

class HubValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && isDto(metadata.metatype)) {
      // A body is a JSON object (or absent): `null`, a list or a bare value is not "nothing to change".
      if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
        throw validation([{ field: 'body', message: 'Begärans innehåll ska vara ett JSON-objekt.' }], 'Begärans innehåll ska vara ett JSON-objekt.');
      }
      const nulls = nullFields(metadata.metatype, value);
      if (nulls.length > 0) throw validation(nulls);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Strict DTO validation: unknown fields, wrong types and nulls are 400 problems naming each field
 * in Swedish (`validation-messages.ts`).
 */
export function createValidationPipe(): ValidationPipe {
  return new HubValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The target stays on the errors for the Swedish messages (it holds the constraint's arguments); it is never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => validation(swedishFieldErrors(errors)),
  });
}
