import { Module } from '@nestjs/common';
import { IdentityModule } from '@hub/identity';
import { AdminPeopleController, PeopleController } from './people.controller';
import { PeopleImportService } from './people-import.service';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';

@Module({
  imports: [IdentityModule],
  controllers: [PeopleController, AdminPeopleController],
  providers: [PeopleRepository, PeopleService, PeopleImportService],
  exports: [PeopleService, PeopleImportService, PeopleRepository],
})
export class PeopleModule {}
