import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HUB_CONFIG, type HubConfig } from '@hub/core';
import { FeedService, type PeriodPost } from '@hub/feed';
import { JobQueue } from '@hub/jobs';
import { MailQueue } from '@hub/mail';
import { NotificationsRepository } from './notifications.repository';

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
    private readonly repo: NotificationsRepository,
    private readonly feed: FeedService,
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
    // The week's posts from the feed, the readers from memberships and settings: joined here, in
    // the order the readers come (by person, then network name), each network's posts newest first.
    const [readers, posts] = await Promise.all([this.repo.digestReaders(), this.feed.postsBetween(new Date(now.getTime() - WEEK), now)]);
    const postsOf = new Map<string, PeriodPost[]>();
    for (const post of posts) {
      const list = postsOf.get(post.networkId);
      if (list) list.push(post);
      else postsOf.set(post.networkId, [post]);
    }
    const rows: Array<DigestRow & { rank: number; createdAt: number }> = [];
    let rank = -1;
    readers.forEach((reader, i) => {
      // Networks of the same name share a section (and its rank); its posts newest first.
      const previous = readers[i - 1];
      if (!previous || previous.personId !== reader.personId || previous.networkName !== reader.networkName) rank = i;
      for (const post of postsOf.get(reader.networkId) ?? []) {
        if (post.authorId === reader.personId || (reader.level !== 'all' && !post.announcement)) continue;
        rows.push({
          personId: reader.personId,
          name: reader.name,
          email: reader.email,
          networkName: reader.networkName,
          networkSlug: reader.networkSlug,
          postId: post.id,
          excerpt: post.excerpt,
          announcement: post.announcement,
          rank,
          createdAt: post.createdAt.getTime(),
        });
      }
    });
    rows.sort((x, y) => x.rank - y.rank || y.createdAt - x.createdAt);
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
