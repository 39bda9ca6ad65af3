using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NeighborParty.EntityFrameworkCore.Persistence;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitmentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    ServiceOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    PlaceTree = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderKind = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Site = table.Column<int>(type: "INTEGER", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Grid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegularEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    BasisNote = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<int>(type: "INTEGER", nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TermChangeApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TermChangeApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SucceededBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    LocationPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    LocationTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ActorKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    NodePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    NodeTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompoundGovernance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Management = table.Column<int>(type: "INTEGER", nullable: false),
                    PropertyCompany = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PropertyContact = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CommitteeElectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeTermStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeTermEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompoundGovernance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Covenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TerminatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminationReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PredecessorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Covenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deliberations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AdoptedProposal = table.Column<int>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 210, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deliberations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeployedTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    HomePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    HomeTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeployedTeams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeputyMotions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledWith = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeputyMotions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FigureCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Delta = table.Column<long>(type: "INTEGER", nullable: false),
                    AttributedTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    PlaceTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MicroWishes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Wish = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedByMember = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedByPartner = table.Column<Guid>(type: "TEXT", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FulfilledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MicroWishes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastChildSegment = table.Column<int>(type: "INTEGER", nullable: false),
                    Established = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dissolved = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PositionPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    PositionTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationUnits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    MassOrganisation = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentBody = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Registered = table.Column<long>(type: "INTEGER", nullable: false),
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    HomePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    HomeTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Joined = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MadeFull = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    IsMobile = table.Column<bool>(type: "INTEGER", nullable: false),
                    SuspensionReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SuspendedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuspendedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExternalOrganization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RelationshipSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Transfer = table.Column<int>(type: "INTEGER", nullable: true),
                    TransferToUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TransferToExternal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TransferStarted = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResidenceBuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredBuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredGrid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistrationPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistrationTree = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidencePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    ResidencePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    ResidenceTree = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeriodClosings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    PlaceTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodClosings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Places",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastChildSegment = table.Column<int>(type: "INTEGER", nullable: false),
                    CompoundKind = table.Column<int>(type: "INTEGER", nullable: true),
                    Households = table.Column<int>(type: "INTEGER", nullable: true),
                    PositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PositionPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    PositionTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Places", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Opened = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closed = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    PlaceTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResidentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssigneeKind = table.Column<int>(type: "INTEGER", nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DuplicateOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FirstResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Residents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Residents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOfferings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitmentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    HomePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    HomeTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOfferings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WantedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    BookedPeriod = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScheduledFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActivityMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityMembers_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityPartners_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OwnersCommitteeSeats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GovernanceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnersCommitteeSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnersCommitteeSeats_CompoundGovernance_GovernanceId",
                        column: x => x.GovernanceId,
                        principalTable: "CompoundGovernance",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantCommitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantCommitments_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantFulfilments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitmentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantFulfilments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantFulfilments_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantPartners_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantSignatures_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantVersions_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssigneeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliberationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationActions_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationAgenda",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DeliberationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationAgenda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationAgenda_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReferenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Votes = table.Column<bool>(type: "INTEGER", nullable: false),
                    Present = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeliberationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationParticipants_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProposedBy = table.Column<int>(type: "INTEGER", nullable: true),
                    DeliberationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationProposals_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliberationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationRequests_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliberationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationVotes_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeployedTeamCompounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeployedTeamCompounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeployedTeamCompounds_DeployedTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "DeployedTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationUnitPlaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationUnitPlaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationUnitPlaces_OrganizationUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrganizationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartyMemberRelationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExternalOrganization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyMemberRelationships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyMemberRelationships_PartyMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "PartyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FrozenFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChildPlaceKeyHigh = table.Column<long>(type: "INTEGER", nullable: true),
                    ChildPlaceKeyLow = table.Column<long>(type: "INTEGER", nullable: true),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrozenFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrozenFigures_PeriodClosings_ClosingId",
                        column: x => x.ClosingId,
                        principalTable: "PeriodClosings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectPartners_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectRequests_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestAttributes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestAttributes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestAttributes_ResidentRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ResidentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestMedia",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestMedia", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestMedia_ResidentRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ResidentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestTransitions_ResidentRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ResidentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferingBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferingBookings_ServiceOfferings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "ServiceOfferings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferingCompounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingCompounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferingCompounds_ServiceOfferings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "ServiceOfferings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOrderSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOrderSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceOrderSteps_ServiceOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "ServiceOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_ServiceOrderId",
                table: "Activities",
                column: "ServiceOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityMembers_ActivityId",
                table: "ActivityMembers",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityMembers_MemberId",
                table: "ActivityMembers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityPartners_ActivityId",
                table: "ActivityPartners",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_MemberId",
                table: "Appointments",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantCommitments_CovenantId",
                table: "CovenantCommitments",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantFulfilments_CovenantId",
                table: "CovenantFulfilments",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantPartners_CovenantId",
                table: "CovenantPartners",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantPartners_PartnerId",
                table: "CovenantPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantSignatures_CovenantId",
                table: "CovenantSignatures",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantVersions_CovenantId",
                table: "CovenantVersions",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationActions_DeliberationId",
                table: "DeliberationActions",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationAgenda_DeliberationId",
                table: "DeliberationAgenda",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationParticipants_DeliberationId",
                table: "DeliberationParticipants",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationProposals_DeliberationId",
                table: "DeliberationProposals",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationRequests_DeliberationId",
                table: "DeliberationRequests",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationRequests_RequestId",
                table: "DeliberationRequests",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationVotes_DeliberationId",
                table: "DeliberationVotes",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeployedTeamCompounds_CompoundId",
                table: "DeployedTeamCompounds",
                column: "CompoundId");

            migrationBuilder.CreateIndex(
                name: "IX_DeployedTeamCompounds_TeamId",
                table: "DeployedTeamCompounds",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_DeputyMotions_DeputyId",
                table: "DeputyMotions",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_FrozenFigures_ClosingId",
                table: "FrozenFigures",
                column: "ClosingId");

            migrationBuilder.CreateIndex(
                name: "IX_MicroWishes_ResidentId",
                table: "MicroWishes",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingBookings_OfferingId",
                table: "OfferingBookings",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingCompounds_CompoundId",
                table: "OfferingCompounds",
                column: "CompoundId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingCompounds_OfferingId",
                table: "OfferingCompounds",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnitPlaces_PlaceId",
                table: "OrganizationUnitPlaces",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnitPlaces_UnitId",
                table: "OrganizationUnitPlaces",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnits_ParentId",
                table: "OrganizationUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnersCommitteeSeats_GovernanceId",
                table: "OwnersCommitteeSeats",
                column: "GovernanceId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyMemberRelationships_MemberId",
                table: "PartyMemberRelationships",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyMembers_IdNumber",
                table: "PartyMembers",
                column: "IdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Places_ParentId",
                table: "Places",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectPartners_ProjectId",
                table: "ProjectPartners",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRequests_ProjectId",
                table: "ProjectRequests",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRequests_RequestId",
                table: "ProjectRequests",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestAttributes_RequestId",
                table: "RequestAttributes",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestMedia_RequestId",
                table: "RequestMedia",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestTransitions_RequestId",
                table: "RequestTransitions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_Category_State_ReceivedAt",
                table: "ResidentRequests",
                columns: new[] { "Category", "State", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_IsPublic_ReceivedAt",
                table: "ResidentRequests",
                columns: new[] { "IsPublic", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_ResidentId",
                table: "ResidentRequests",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_State_DueAt",
                table: "ResidentRequests",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOfferings_Category_Active",
                table: "ServiceOfferings",
                columns: new[] { "Category", "Active" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOfferings_PartnerId",
                table: "ServiceOfferings",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrders_OfferingId",
                table: "ServiceOrders",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrders_PartnerId",
                table: "ServiceOrders",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrderSteps_OrderId",
                table: "ServiceOrderSteps",
                column: "OrderId");

            // The indexes on tree positions, which the model cannot declare (complex properties): see StoreIndexes.
            migrationBuilder.CreateStoreIndexes();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityMembers");

            migrationBuilder.DropTable(
                name: "ActivityPartners");

            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CovenantCommitments");

            migrationBuilder.DropTable(
                name: "CovenantFulfilments");

            migrationBuilder.DropTable(
                name: "CovenantPartners");

            migrationBuilder.DropTable(
                name: "CovenantSignatures");

            migrationBuilder.DropTable(
                name: "CovenantVersions");

            migrationBuilder.DropTable(
                name: "DeliberationActions");

            migrationBuilder.DropTable(
                name: "DeliberationAgenda");

            migrationBuilder.DropTable(
                name: "DeliberationParticipants");

            migrationBuilder.DropTable(
                name: "DeliberationProposals");

            migrationBuilder.DropTable(
                name: "DeliberationRequests");

            migrationBuilder.DropTable(
                name: "DeliberationVotes");

            migrationBuilder.DropTable(
                name: "DeployedTeamCompounds");

            migrationBuilder.DropTable(
                name: "DeputyMotions");

            migrationBuilder.DropTable(
                name: "FigureCorrections");

            migrationBuilder.DropTable(
                name: "FrozenFigures");

            migrationBuilder.DropTable(
                name: "MicroWishes");

            migrationBuilder.DropTable(
                name: "OfferingBookings");

            migrationBuilder.DropTable(
                name: "OfferingCompounds");

            migrationBuilder.DropTable(
                name: "OrganizationUnitPlaces");

            migrationBuilder.DropTable(
                name: "OwnersCommitteeSeats");

            migrationBuilder.DropTable(
                name: "Partners");

            migrationBuilder.DropTable(
                name: "PartyMemberRelationships");

            migrationBuilder.DropTable(
                name: "Places");

            migrationBuilder.DropTable(
                name: "Positions");

            migrationBuilder.DropTable(
                name: "ProjectPartners");

            migrationBuilder.DropTable(
                name: "ProjectRequests");

            migrationBuilder.DropTable(
                name: "RequestAttributes");

            migrationBuilder.DropTable(
                name: "RequestMedia");

            migrationBuilder.DropTable(
                name: "RequestTransitions");

            migrationBuilder.DropTable(
                name: "Residents");

            migrationBuilder.DropTable(
                name: "ServiceOrderSteps");

            migrationBuilder.DropTable(
                name: "Activities");

            migrationBuilder.DropTable(
                name: "Covenants");

            migrationBuilder.DropTable(
                name: "Deliberations");

            migrationBuilder.DropTable(
                name: "DeployedTeams");

            migrationBuilder.DropTable(
                name: "PeriodClosings");

            migrationBuilder.DropTable(
                name: "ServiceOfferings");

            migrationBuilder.DropTable(
                name: "OrganizationUnits");

            migrationBuilder.DropTable(
                name: "CompoundGovernance");

            migrationBuilder.DropTable(
                name: "PartyMembers");

            migrationBuilder.DropTable(
                name: "Projects");

            migrationBuilder.DropTable(
                name: "ResidentRequests");

            migrationBuilder.DropTable(
                name: "ServiceOrders");
        }
    }
}
