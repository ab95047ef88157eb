export { NotificationsModule } from './notifications.module';
export * from './notifications.dto';
