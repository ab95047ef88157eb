export { MailModule } from './mail.module';
export { MailQueue } from './mail-queue';
export { Mailer, type Mail } from './mailer';
