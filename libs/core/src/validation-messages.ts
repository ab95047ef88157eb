import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { FieldError } from './errors';

/**
 * The Swedish name of every field the API validates, by property name: a property name means the
 * same thing in every DTO, so each is named once here. `test/api/validation-messages.test.ts`
 * walks every DTO and fails on a validated property missing from this list.
 */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  accessibilityEmail: 'E-post för tillgänglighetsfrågor',
  accessibilityFormUrl: 'Formulär för tillgänglighetsfrågor',
  accessibilityGaps: 'Brister i tillgängligheten',
  accessibilityPhone: 'Telefon för tillgänglighetsfrågor',
  accessibilityReviewedOn: 'Granskad den',
  action: 'Händelse',
  activeOnly: 'Bara aktiva',
  after: 'Efter händelse',
  announcement: 'Meddelande',
  answer: 'Svar',
  archived: 'Arkiverat',
  askMe: 'Fråga mig om',
  audit_log: 'Händelseloggen',
  before: 'Före meddelande',
  bio: 'Presentation',
  body: 'Text',
  capacity: 'Max antal deltagare',
  clientId: 'Klient-id',
  clientSecret: 'Klienthemlighet',
  comment: 'Kommentar',
  comments: 'Kommentarer',
  conversationId: 'Konversation',
  createPeople: 'Skapa personer vid första inloggningen',
  currentPassword: 'Nuvarande lösenord',
  cursor: 'Sidmarkör',
  deleted: 'Borttagna',
  deleted_documents: 'Borttagna dokument',
  description: 'Beskrivning',
  details: 'Detaljer',
  direct_messages: 'Direktmeddelanden',
  disposition: 'Visning',
  documentIds: 'Bifogade dokument',
  documents: 'Dokument',
  domains: 'Domäner',
  done: 'Klar',
  dryRun: 'Provkörning',
  dueOn: 'Förfallodatum',
  durationMinutes: 'Längd i minuter',
  email: 'E-postadress',
  emoji: 'Reaktion',
  enabled: 'Påslagen',
  endsAt: 'Sluttid',
  erasure: 'Raderingsregler',
  event_log: 'Händelseflödet',
  expertise: 'Kompetens',
  expiresInDays: 'Giltighet i dagar',
  flag: 'Kompetenstyp',
  folder: 'Mapp',
  folderId: 'Mapp',
  format: 'Format',
  from: 'Från',
  hold: 'Spärr',
  id: 'Id',
  ids: 'Notiser',
  includeArchived: 'Visa arkiverade',
  includeDisabled: 'Visa inaktiverade',
  issuer: 'Utfärdare (issuer)',
  kind: 'Typ',
  languages: 'Språk',
  learning: 'Vill lära mig',
  level: 'Nivå',
  limit: 'Antal',
  location: 'Plats',
  mail_files: 'Sparade e-postfiler',
  meetingId: 'Möte',
  mentor: 'Kan vara mentor',
  message: 'Meddelande',
  minutes: 'Minnesanteckningar',
  municipality: 'Kommun',
  name: 'Namn',
  network: 'Nätverk',
  network_chat: 'Nätverkschatt',
  networkId: 'Nätverk',
  networkQuotaMb: 'Lagringsutrymme per nätverk (MB)',
  newPassword: 'Nytt lösenord',
  note: 'Ändringsnotering',
  notifications: 'Notiser',
  number: 'Versionsnummer',
  offset: 'Startposition',
  organisation: 'Organisation',
  ownerId: 'Ansvarig',
  parentId: 'Överordnad',
  password: 'Lösenord',
  person: 'Person',
  personId: 'Person',
  phone: 'Telefonnummer',
  pinned: 'Fästa inlägg',
  position: 'Ordning',
  postId: 'Inlägg',
  posts: 'Inlägg',
  privacyController: 'Personuppgiftsansvarig',
  privacyDpoEmail: 'Dataskyddsombudets e-post',
  privacyEmail: 'E-post för dataskyddsfrågor',
  privacyPhone: 'Telefon för dataskyddsfrågor',
  q: 'Sökord',
  reason: 'Skäl',
  requiresAck: 'Kräver bekräftelse',
  retention: 'Gallringsfrister',
  retentionDays: 'Dagar i papperskorgen',
  returnTo: 'Sida att återvända till',
  role: 'Roll',
  rsvpDeadline: 'Sista svarsdag',
  scope: 'Urval',
  seq: 'Meddelandenummer',
  sessions: 'Inloggningar',
  showEmail: 'Visa e-postadress',
  showPhone: 'Visa telefonnummer',
  slug: 'Kortnamn',
  ssoOnly: 'Bara inloggning via kommunen',
  startsAt: 'Starttid',
  status: 'Status',
  tag: 'Kompetensområde',
  tags: 'Taggar',
  title: 'Titel',
  to: 'Till',
  token: 'Inbjudningskod',
  type: 'Typ',
  types: 'Typer',
  version: 'Version',
  videoUrl: 'Videolänk',
  visibility: 'Synlighet',
  when: 'Tidsurval',
  year: 'År',
};

/** The Swedish name of a field: from FIELD_NAMES, else the property as sent (an unknown field). */
export function fieldName(property: string): string {
  return FIELD_NAMES[property] ?? `Fältet ”${property}”`;
}

type Template = (name: string, args: readonly unknown[]) => string;

const list = (values: unknown): string => (Array.isArray(values) ? values.map(String).join(', ') : String(values));

/** Swedish text per class-validator constraint, with the constraint's arguments. */
const TEMPLATES: Readonly<Record<string, Template>> = {
  isString: (n) => `${n} ska vara text.`,
  isLength: (n, [min, max]) =>
    max === undefined
      ? `${n} ska vara minst ${String(min)} tecken.`
      : Number(min) > 0
        ? `${n} ska vara ${String(min)}–${String(max)} tecken.`
        : `${n} får vara högst ${String(max)} tecken.`,
  minLength: (n, [min]) => `${n} ska vara minst ${String(min)} tecken.`,
  maxLength: (n, [max]) => `${n} får vara högst ${String(max)} tecken.`,
  isNotEmpty: (n) => `${n} får inte vara tomt.`,
  isDefined: (n) => `${n} saknas.`,
  isIn: (n, [values]) => `${n} ska vara ett av värdena ${list(values)}.`,
  isEnum: (n) => `${n} har ett värde som inte finns bland de tillåtna.`,
  isUuid: (n) => `${n} ska vara ett giltigt id (UUID).`,
  isIso8601: (n) => `${n} ska vara en tidpunkt i formatet ÅÅÅÅ-MM-DDTtt:mm (ISO 8601).`,
  isDateString: (n) => `${n} ska vara en tidpunkt i formatet ÅÅÅÅ-MM-DDTtt:mm (ISO 8601).`,
  min: (n, [min]) => `${n} ska vara minst ${String(min)}.`,
  max: (n, [max]) => `${n} får vara högst ${String(max)}.`,
  isInt: (n) => `${n} ska vara ett heltal.`,
  isNumber: (n) => `${n} ska vara ett tal.`,
  isPositive: (n) => `${n} ska vara större än noll.`,
  isBoolean: (n) => `${n} ska vara sant eller falskt (true eller false).`,
  isEmail: (n) => `${n} ska vara en giltig e-postadress.`,
  isUrl: (n) => `${n} ska vara en giltig webbadress.`,
  matches: (n) => `${n} har fel format.`,
  isArray: (n) => `${n} ska vara en lista.`,
  arrayMinSize: (n, [min]) => `${n} ska innehålla minst ${String(min)} värden.`,
  arrayMaxSize: (n, [max]) => `${n} får innehålla högst ${String(max)} värden.`,
  nestedValidation: (n) => `${n} ska vara ett objekt med de fält som beskrivs i API-dokumentationen.`,
  whitelistValidation: (n) => `${n} finns inte här; ta bort det.`,
  unknownValue: () => `Begärans innehåll ska vara ett JSON-objekt.`,
  notNull: (n) => `${n} får inte vara null; utelämna fältet om du inte vill ändra det.`,
};

/** True when the constraint has a Swedish template (the validation test checks every constraint in use). */
export function hasSwedishTemplate(constraint: string): boolean {
  return constraint in TEMPLATES;
}

interface ConstraintUse {
  readonly args: readonly unknown[];
  readonly each: boolean;
  readonly custom: boolean;
}

/** How a property's constraint was declared on its DTO (its arguments, `each`, a message of its own). */
function constraintUse(target: object | undefined, property: string, constraint: string): ConstraintUse | undefined {
  const cls = target?.constructor;
  if (typeof cls !== 'function' || cls === Object) return undefined;
  const storage = getMetadataStorage();
  for (const m of storage.getTargetValidationMetadatas(cls, '', true, false)) {
    if (m.propertyName !== property) continue;
    const names = m.name ? [m.name] : m.constraintCls ? storage.getTargetValidatorConstraints(m.constraintCls).map((c) => c.name) : [];
    if (m.type === constraint || names.includes(constraint)) {
      // Only a validator's own message counts as the DTO's: ValidateNested sets an English default.
      const custom = m.message !== undefined && m.type === 'customValidation';
      return { args: (m.constraints ?? []) as unknown[], each: m.each === true, custom };
    }
  }
  return undefined;
}

/** One Swedish sentence for a failed constraint on a property. */
export function swedishMessage(
  target: object | undefined,
  property: string,
  constraint: string,
  original: string,
): string {
  const use = constraintUse(target, property, constraint);
  const name = fieldName(property);
  // A DTO that wrote its own (Swedish) message keeps it, led by the field's name unless it names it.
  if (use?.custom) return original.toLowerCase().includes(name.toLowerCase()) ? original : `${name}: ${original}`;
  if (use?.each) return `Varje värde i ${name.toLowerCase()}: ${templated('värdet', constraint, use.args)}`;
  return templated(name, constraint, use?.args ?? []);
}

function templated(name: string, constraint: string, args: readonly unknown[]): string {
  const template = TEMPLATES[constraint];
  return template ? template(name, args) : `${name} har ett ogiltigt värde.`;
}

/** class-validator's errors as Swedish field errors, nested fields as dotted paths (`expertise.0.tag`). */
export function swedishFieldErrors(errors: readonly ValidationError[], prefix = '', list?: string): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // An element of a list (`expertise.0`) is named after its list: "Kompetens nr 1".
    const element = list !== undefined && /^\d+$/.test(e.property);
    const own = Object.entries(e.constraints ?? {}).map(([constraint, original]) => ({
      field,
      message: element
        ? templated(`${fieldName(list)} nr ${Number(e.property) + 1}`, constraint, [])
        : swedishMessage(e.target, e.property, constraint, original),
    }));
    return [...own, ...swedishFieldErrors(e.children ?? [], field, element ? undefined : e.property)];
  });
}
