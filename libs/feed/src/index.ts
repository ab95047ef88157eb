export { FeedModule } from './feed.module';
export { FeedService } from './feed.service';
export * from './feed.dto';
