export { NotificationsModule } from './notifications.module';
export * from './notifications.dto';
export { DigestService } from './digest.service';
