import { Inject, Injectable, Logger } from '@nestjs/common';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { HUB_CONFIG, type HubConfig } from '@hub/core';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** A calendar invitation, update or cancellation (iCalendar text with its METHOD). */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/**
 * Sends through SMTP when SMTP_URL is set; otherwise writes each message as an .eml file under
 * <HUB_DATA_DIR>/mail, so a demo shows what would have been sent (listed on an admin page).
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;
  readonly folder: string;

  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {
    this.folder = join(config.dataDir, 'mail');
    this.transport = config.smtpUrl
      ? createTransport(config.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  async send(mail: Mail, id: string): Promise<void> {
    const info = (await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, filename: 'mote.ics', content: mail.calendar.content } } : {}),
    })) as {
      message?: Buffer;
    };
    if (!this.config.smtpUrl && info.message) {
      mkdirSync(this.folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${id.replace(/[^\w-]/g, '')}.eml`;
      writeFileSync(join(this.folder, name), info.message);
    }
    this.logger.debug({ id }, 'Mail sent');
  }

  /** The .eml files written for `email` (its address in the To header), for an erasure. */
  filesTo(email: string): string[] {
    const address = email.toLowerCase();
    return this.files().filter((name) => {
      const text = readFileSync(join(this.folder, name), 'utf8').slice(0, 16384);
      const headers = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
      const to = /^To: (.*(?:\r?\n[ \t].*)*)/im.exec(headers)?.[1] ?? '';
      return to.toLowerCase().includes(address);
    });
  }

  /** The .eml files last written before `before` (retention). */
  filesBefore(before: Date): string[] {
    return this.files().filter((name) => statSync(join(this.folder, name)).mtime < before);
  }

  /** Removes .eml files by name; returns how many were removed. */
  removeFiles(names: readonly string[]): number {
    let removed = 0;
    for (const name of names) {
      if (!MAIL_FILE.test(name)) continue;
      rmSync(join(this.folder, name), { force: true });
      removed++;
    }
    return removed;
  }

  private files(): string[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder).filter((name) => MAIL_FILE.test(name));
  }
}

/** A file this mailer wrote (never anything else in the folder). */
export const MAIL_FILE = /^[\w-]{1,120}\.eml$/;
