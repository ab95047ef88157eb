import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
import { FIELD_NAMES, INT4_MAX, nullFields, swedishFieldErrors } from '@hub/core';
import { ENGLISH } from '../support/swedish';
// The whole application, so that every DTO of every library is registered with class-validator.
import { AppModule } from '../../apps/api/src/app.module';

type Dto = new () => object;
interface Metadata {
  propertyName: string;
  type: string;
  name?: string;
  constraints?: unknown[];
}

function metadatas(): Map<Dto | string, Metadata[]> {
  return (getMetadataStorage() as unknown as { validationMetadatas: Map<Dto | string, Metadata[]> }).validationMetadatas;
}

/** Every class class-validator knows (every DTO with a validated property), with those properties. */
function everyDto(): Map<Dto, Set<string>> {
  const storage = { validationMetadatas: metadatas() };
  const classes = new Map<Dto, Set<string>>();
  for (const [target, metadatas] of storage.validationMetadatas) {
    if (typeof target !== 'function') continue;
    classes.set(target, new Set(metadatas.map((m) => m.propertyName)));
  }
  // Properties a subclass inherits are validated on it too.
  for (const [cls, properties] of classes) {
    for (const [parent, inherited] of classes) if (cls.prototype instanceof parent) inherited.forEach((p) => properties.add(p));
  }
  return classes;
}

/** Values that break some rule of almost any property: wrong types, bounds, formats, sizes. */
const BAD_VALUES: readonly unknown[] = [
  42,
  -1,
  1.5,
  2147483648,
  true,
  '',
  'x',
  'inte-ett-id',
  'x'.repeat(200_001),
  [],
  [42],
  ['x'],
  Array.from({ length: 300 }, () => 'x'),
  {},
  [{}],
];

function checkSwedish(cls: Dto, errors: readonly ValidationError[], problems: string[]): number {
  const fieldErrors = swedishFieldErrors(errors);
  for (const { field, message } of fieldErrors) {
    const property = field.split('.').filter((segment) => !/^\d+$/.test(segment)).pop()!;
    const name = FIELD_NAMES[property];
    if (!name) problems.push(`${cls.name}.${property}: no Swedish name in FIELD_NAMES (libs/core/src/validation-messages.ts)`);
    else if (!message.toLowerCase().includes(name.toLowerCase())) problems.push(`${cls.name}.${property}: "${message}" does not name "${name}"`);
    if (ENGLISH.test(message)) problems.push(`${cls.name}.${property}: "${message}" is not Swedish`);
    if (/har ett ogiltigt värde/.test(message)) problems.push(`${cls.name}.${property}: "${message}" has no template of its own`);
  }
  return fieldErrors.length;
}

describe('validation messages', () => {
  const dtos = everyDto();

  it('walks every DTO of the application', () => {
    expect(AppModule).toBeDefined();
    const names = [...dtos.keys()].map((c) => c.name);
    // A few from different libraries, to show the walk sees them all (it does not list them by hand).
    expect(names).toEqual(expect.arrayContaining(['CreateMeetingDto', 'UpdatePostDto', 'UpdateMeDto', 'LoginDto', 'UpdateDocumentDto', 'SendMessageDto']));
    expect(dtos.size).toBeGreaterThan(40);
  });

  it('every message of every property of every DTO is Swedish and names the field', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [cls, properties] of dtos) {
      for (const property of properties) {
        for (const bad of BAD_VALUES) {
          const instance = plainToInstance(cls, { [property]: bad });
          const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: true, value: false } });
          checked += checkSwedish(cls, errors, problems);
        }
      }
      // An unknown field is named as sent.
      const errors = await validate(plainToInstance(cls, { okäntFält: 1 }), { whitelist: true, forbidNonWhitelisted: true });
      const unknown = swedishFieldErrors(errors).find((e) => e.field === 'okäntFält');
      if (!unknown || !unknown.message.includes('”okäntFält”') || ENGLISH.test(unknown.message)) {
        problems.push(`${cls.name}: unknown field answered "${unknown?.message}"`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('known constraints read as a person would expect', async () => {
    const byField = async (cls: Dto, body: object): Promise<Record<string, string[]>> => {
      const errors = swedishFieldErrors(await validate(plainToInstance(cls, body), { validationError: { target: true } }));
      const out: Record<string, string[]> = {};
      for (const e of errors) (out[e.field] ??= []).push(e.message);
      return out;
    };
    const meeting = [...dtos.keys()].find((c) => c.name === 'CreateMeetingDto')!;
    const errors = await byField(meeting, { title: '', startsAt: 'i morgon', endsAt: '2026-12-08T10:00:00+01:00', capacity: 0 });
    expect(errors['title']).toEqual(['Titel ska vara 1–200 tecken.']);
    expect(errors['startsAt']).toEqual(['Starttid ska vara en tidpunkt i formatet ÅÅÅÅ-MM-DDTtt:mm (ISO 8601).']);
    expect(errors['capacity']).toEqual(['Max antal deltagare ska vara minst 1.']);
    const post = [...dtos.keys()].find((c) => c.name === 'CreatePostDto')!;
    expect((await byField(post, { body: 'x', documentIds: ['inte-ett-id'] }))['documentIds']).toEqual([
      'Varje värde i bifogade dokument: värdet ska vara ett giltigt id (UUID).',
    ]);
  });

  it('every whole number has an upper bound a PostgreSQL integer column holds', () => {
    const unbounded: string[] = [];
    let checked = 0;
    for (const [target, list] of metadatas()) {
      if (typeof target !== 'function') continue;
      for (const int of list.filter((m) => m.name === 'isInt')) {
        checked += 1;
        const max = list.find((m) => m.name === 'max' && m.propertyName === int.propertyName)?.constraints?.[0];
        if (typeof max !== 'number' || max > INT4_MAX) unbounded.push(`${target.name}.${int.propertyName}`);
      }
    }
    expect(unbounded).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('null is refused on every property that is not declared nullable, naming the field', () => {
    const problems: string[] = [];
    let refused = 0;
    for (const [cls, properties] of dtos) {
      for (const property of properties) {
        const options = Reflect.getMetadata('swagger/apiModelProperties', cls.prototype, property) as { nullable?: boolean } | undefined;
        if (!options) continue;
        const errors = nullFields(cls, { [property]: null });
        if (options.nullable === true) {
          if (errors.length > 0) problems.push(`${cls.name}.${property} is nullable but null was refused`);
          continue;
        }
        refused += 1;
        const message = errors[0]?.message ?? '';
        if (errors.length !== 1 || errors[0]!.field !== property || !message.includes(FIELD_NAMES[property] ?? '\u0000')) {
          problems.push(`${cls.name}.${property}: null answered ${JSON.stringify(errors)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(100);
  });
});
