import { Inject, Injectable, Logger } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
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
}
