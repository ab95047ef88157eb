import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HUB_CONFIG, type HubConfig } from '@hub/core';
import { JobQueue } from '@hub/jobs';
import { MailQueue } from '@hub/mail';

const QUEUE = 'weekly-digest';
const WEEK = 7 * 24 * 3600_000;

interface DigestRow {
  personId: string;
  name: string;
  email: string;
  networkName: string;
  networkSlug: string;
  postId: string;
  excerpt: string;
  announcement: boolean;
}

/** The first line of a post's markdown as plain text for an e-mail. */
function firstLine(body: string): string {
  const line = body.split('\n').find((l) => l.trim() !== '') ?? '';
  const plain = line
    .replace(/@\[([^\]]*)\]\([0-9a-f-]{36}\)/gi, '@$1')
    .replace(/[#*_`>~]/g, '')
    .trim();
  return plain.length > 100 ? `${plain.slice(0, 99)}…` : plain;
}

/**
 * Monday morning: one e-mail per person with the past week's posts in their networks, grouped by
 * network, following their per-network choice (everything / announcements only / nothing). Nothing
 * new, no e-mail.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailQueue,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(QUEUE, { retryLimit: 2, retryDelay: 300, batchSize: 1 }, async () => {
      await this.sendWeekly(new Date());
    });
    this.jobs.schedule(QUEUE, '0 7 * * 1');
  }

  /** Queues the digests for the week before `now`; returns how many people get one. */
  async sendWeekly(now: Date): Promise<number> {
    const rows: DigestRow[] = await this.db.query(
      `SELECT p.id AS "personId", p.name, p.email, n.name AS "networkName", n.slug AS "networkSlug",
              po.id AS "postId", left(po.body, 400) AS excerpt, po.announcement
         FROM person p
         JOIN membership m ON m.person_id = p.id
         JOIN network n ON n.id = m.network_id AND n.archived_at IS NULL
         LEFT JOIN notification_setting s ON s.person_id = p.id AND s.network_id = n.id
         JOIN post po ON po.network_id = n.id AND po.deleted_at IS NULL AND po.created_at >= $1 AND po.created_at < $2
                     AND po.author_id IS DISTINCT FROM p.id
        WHERE p.disabled_at IS NULL AND COALESCE(s.level, 'all') <> 'none' AND (COALESCE(s.level, 'all') = 'all' OR po.announcement)
        ORDER BY p.id, n.name COLLATE "sv-SE-x-icu", po.created_at DESC`,
      [new Date(now.getTime() - WEEK), now],
    );
    const byPerson = new Map<string, DigestRow[]>();
    for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
    const week = `${now.toISOString().slice(0, 10)}`;
    for (const [personId, items] of byPerson) {
      const first = items[0]!;
      const networks = new Map<string, DigestRow[]>();
      for (const item of items) networks.set(item.networkName, [...(networks.get(item.networkName) ?? []), item]);
      const sections = [...networks].map(([name, posts]) => {
        const shown = posts
          .slice(0, 5)
          .map(
            (p) => `  - ${p.announcement ? '[Meddelande] ' : ''}${firstLine(p.excerpt)}\n    ${this.config.publicUrl}/inlagg/${p.postId}`,
          );
        const more =
          posts.length > 5 ? `\n  … och ${posts.length - 5} till: ${this.config.publicUrl}/natverk/${posts[0]!.networkSlug}` : '';
        return `${name} (${posts.length} ${posts.length === 1 ? 'nytt inlägg' : 'nya inlägg'})\n${shown.join('\n')}${more}`;
      });
      const text = `Hej ${first.name}!\n\nDet här hände i dina nätverk den senaste veckan.\n\n${sections.join('\n\n')}\n\nDu får veckobrevet från Nätverkshubben. Välj per nätverk vad du vill få (allt, bara meddelanden eller inget): ${this.config.publicUrl}/notiser\n`;
      await this.mail.enqueue(
        { to: first.email, subject: `Veckan i dina nätverk: ${items.length} ${items.length === 1 ? 'nytt inlägg' : 'nya inlägg'}`, text },
        `digest:${week}:${personId}`,
      );
    }
    return byPerson.size;
  }
}
