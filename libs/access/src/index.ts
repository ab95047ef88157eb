export * from './permissions';
export * from './access.decorator';
export { AccessService } from './access.service';
export {
  AccessRepository,
  isUuid,
  jobScope,
  type JobScope,
  isMemberSql,
  managesSql,
  roleOfSql,
  seesInsideSql,
  seesNetworkSql,
  type NetworkFacts,
  type NetworkScope,
  type NetworkVisibility,
  type MembershipRole,
} from './access.repository';
export { AccessModule } from './access.module';
