/**
 * The secretariat's rules, with the defaults the hub starts from and why (shown on the admin
 * page). An erasure keeps a kind of content as a public record (pseudonymised: the author reads
 * "Tidigare medlem") or removes it; retention says how many days each kind is kept.
 */
export const ERASURE_KINDS = ['posts', 'comments', 'network_chat', 'direct_messages', 'documents', 'minutes'] as const;
export type ErasureKind = (typeof ERASURE_KINDS)[number];

export const ERASURE_DEFAULTS: Record<ErasureKind, { keep: boolean; label: string; why: string }> = {
  posts: {
    keep: true,
    label: 'Inlägg',
    why: 'Inlägg i nätverken kan vara allmänna handlingar som arkivlagen kräver att vi bevarar; de behålls med författaren som "Tidigare medlem".',
  },
  comments: {
    keep: true,
    label: 'Kommentarer',
    why: 'Kommentarer hör till inläggen och bevaras med dem, med författaren som "Tidigare medlem".',
  },
  network_chat: {
    keep: false,
    label: 'Chattmeddelanden i nätverk',
    why: 'Chatt är som regel av tillfällig betydelse och får gallras; meddelandet ersätts av "borttaget".',
  },
  direct_messages: {
    keep: false,
    label: 'Direktmeddelanden',
    why: 'Direktmeddelanden är korrespondens mellan två personer och är normalt inte nätverkets handlingar.',
  },
  documents: {
    keep: true,
    label: 'Dokument',
    why: 'Dokument i nätverkens bibliotek är allmänna handlingar; de gallras enligt dokumenthanteringsplanen, inte när en person slutar.',
  },
  minutes: {
    keep: true,
    label: 'Minnesanteckningar',
    why: 'Minnesanteckningar och protokoll dokumenterar nätverkets arbete och ska bevaras enligt arkivlagen.',
  },
};

export const RETENTION_KINDS = [
  'network_chat',
  'direct_messages',
  'notifications',
  'event_log',
  'sessions',
  'mail_files',
  'deleted_documents',
  'audit_log',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export const RETENTION_DEFAULTS: Record<RetentionKind, { days: number; min: number; label: string; why: string }> = {
  network_chat: {
    days: 730,
    min: 30,
    label: 'Chatt i nätverk',
    why: 'Chatt är av tillfällig betydelse; två år räcker för att följa upp vad som sagts. Nätverk med rättslig spärr gallras inte.',
  },
  direct_messages: {
    days: 365,
    min: 30,
    label: 'Direktmeddelanden',
    why: 'Privata samtal behövs inte längre än ett år; det som ska bevaras läggs i ett nätverk.',
  },
  notifications: {
    days: 90,
    min: 7,
    label: 'Aviseringar',
    why: 'En avisering pekar bara vidare till innehållet; efter tre månader har den gjort sitt.',
  },
  event_log: {
    days: 30,
    min: 1,
    label: 'Händelselogg för liveuppdateringar',
    why: 'Loggen finns för att appen ska komma ikapp efter ett avbrott; en månad räcker.',
  },
  sessions: {
    days: 30,
    min: 1,
    label: 'Utgångna inloggningar',
    why: 'Uppgifter om en inloggning (webbläsare, IP-adress) behövs en kort tid efter att den gått ut, för felsökning och säkerhet.',
  },
  mail_files: {
    days: 90,
    min: 7,
    label: 'Utgående e-post sparad som filer',
    why: 'Kopiorna finns för att sekretariatet ska kunna se vad som skickats när ingen e-postserver är inställd; tre månader räcker.',
  },
  deleted_documents: {
    days: 30,
    min: 0,
    label: 'Borttagna dokument (papperskorgen)',
    why: 'Samordnarna hinner ångra en borttagning; därefter tas filen bort för gott. Samma värde som i dokumentinställningarna.',
  },
  audit_log: {
    days: 3650,
    min: 365,
    label: 'Granskningslogg',
    why: 'Visar vem som gjort vad och behövs vid granskning i efterhand; tio år.',
  },
};
