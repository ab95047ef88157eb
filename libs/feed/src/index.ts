export { FeedModule } from './feed.module';
export { FeedService } from './feed.service';
export type { PeriodPost } from './feed.repository';
export * from './feed.dto';
