export { PeopleModule } from './people.module';
export { PeopleService } from './people.service';
export { PeopleImportService, MAX_IMPORT_ROWS } from './people-import.service';
export { PeopleRepository } from './people.repository';
export { parsePeopleCsv, rowErrors, type CsvPerson } from './people-csv';
export * from './people.dto';
