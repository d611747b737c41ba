IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [AuditLog] (
        [Sequence] bigint NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [Actor] nvarchar(256) NOT NULL,
        [Action] nvarchar(100) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(200) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        [CorrelationId] nvarchar(100) NULL,
        [PreviousHash] char(64) NOT NULL,
        [Hash] char(64) NOT NULL,
        CONSTRAINT [PK_AuditLog] PRIMARY KEY ([Sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [Teams] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Description] nvarchar(500) NULL,
        [IsActive] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Teams] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [TeamId] uniqueidentifier NULL,
        [IsActive] bit NOT NULL,
        [PrefersDarkMode] bit NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Teams_TeamId] FOREIGN KEY ([TeamId]) REFERENCES [Teams] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] uniqueidentifier NOT NULL,
        [RoleId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_TeamId] ON [AspNetUsers] ([TeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE INDEX [IX_AuditLog_EntityType_EntityId] ON [AuditLog] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE INDEX [IX_AuditLog_OccurredAt] ON [AuditLog] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Teams_Name] ON [Teams] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125171059_Foundation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125171059_Foundation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125180057_ApiKeysAndDataProtection'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [DisplayPrefix] nvarchar(12) NOT NULL,
        [SecretHash] char(64) NOT NULL,
        [Scopes] nvarchar(500) NOT NULL,
        [ExpiresAt] datetimeoffset NULL,
        [RevokedAt] datetimeoffset NULL,
        [RevokedBy] nvarchar(256) NULL,
        [LastUsedAt] datetimeoffset NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125180057_ApiKeysAndDataProtection'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(200) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125180057_ApiKeysAndDataProtection'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_Name] ON [ApiKeys] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125180057_ApiKeysAndDataProtection'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_SecretHash] ON [ApiKeys] ([SecretHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125180057_ApiKeysAndDataProtection'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125180057_ApiKeysAndDataProtection', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE TABLE [Models] (
        [Id] uniqueidentifier NOT NULL,
        [Key] nvarchar(60) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Purpose] nvarchar(1000) NULL,
        [OwnerTeamId] uniqueidentifier NOT NULL,
        [RiskTier] nvarchar(20) NOT NULL,
        [DataClassification] nvarchar(20) NOT NULL,
        [Tags] nvarchar(500) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Models] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Models_Teams_OwnerTeamId] FOREIGN KEY ([OwnerTeamId]) REFERENCES [Teams] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE TABLE [DeploymentEvents] (
        [Id] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [Environment] nvarchar(20) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [FromVersion] nvarchar(100) NULL,
        [ToVersion] nvarchar(100) NOT NULL,
        [Reason] nvarchar(1000) NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [Actor] nvarchar(256) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_DeploymentEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DeploymentEvents_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE TABLE [ModelVersions] (
        [Id] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [Version] nvarchar(100) NOT NULL,
        [ArtifactUri] nvarchar(2000) NOT NULL,
        [Sha256] char(64) NOT NULL,
        [SizeBytes] bigint NULL,
        [EncryptionAtRest] nvarchar(30) NOT NULL,
        [KeyReference] nvarchar(500) NULL,
        [SignatureStatus] nvarchar(20) NOT NULL,
        [TrainingDataReference] nvarchar(2000) NULL,
        [Notes] nvarchar(4000) NULL,
        [State] nvarchar(20) NOT NULL,
        [ApprovedAt] datetimeoffset NULL,
        [ApprovedBy] nvarchar(256) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ModelVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ModelVersions_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE TABLE [Deployments] (
        [Id] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [Environment] nvarchar(20) NOT NULL,
        [CurrentVersionId] uniqueidentifier NOT NULL,
        [Endpoint] nvarchar(2000) NOT NULL,
        [AuthMode] nvarchar(20) NOT NULL,
        [InputValidation] bit NOT NULL,
        [Monitoring] bit NOT NULL,
        [SecurityLogging] bit NOT NULL,
        [Tls] bit NOT NULL,
        [RateLimiting] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Deployments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Deployments_ModelVersions_CurrentVersionId] FOREIGN KEY ([CurrentVersionId]) REFERENCES [ModelVersions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Deployments_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE INDEX [IX_DeploymentEvents_ModelId_Environment_OccurredAt] ON [DeploymentEvents] ([ModelId], [Environment], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE INDEX [IX_Deployments_CurrentVersionId] ON [Deployments] ([CurrentVersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Deployments_ModelId_Environment] ON [Deployments] ([ModelId], [Environment]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Models_Key] ON [Models] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE INDEX [IX_Models_Name] ON [Models] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE INDEX [IX_Models_OwnerTeamId] ON [Models] ([OwnerTeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE INDEX [IX_Models_RiskTier_OwnerTeamId] ON [Models] ([RiskTier], [OwnerTeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ModelVersions_ModelId_Version] ON [ModelVersions] ([ModelId], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125184844_ModelInventory'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125184844_ModelInventory', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE TABLE [Incidents] (
        [Id] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Number] int NOT NULL,
        [Ref] nvarchar(20) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Severity] nvarchar(10) NOT NULL,
        [Category] nvarchar(20) NOT NULL,
        [Phase] nvarchar(20) NOT NULL,
        [DetectedAt] datetimeoffset NOT NULL,
        [Reporter] nvarchar(256) NOT NULL,
        [Assignee] nvarchar(256) NULL,
        [AcknowledgedAt] datetimeoffset NULL,
        [ContainedAt] datetimeoffset NULL,
        [ResolvedAt] datetimeoffset NULL,
        [ClosedAt] datetimeoffset NULL,
        [RootCause] nvarchar(4000) NULL,
        [LessonsLearned] nvarchar(4000) NULL,
        [Reportable] nvarchar(40) NOT NULL,
        [ReportableSince] datetimeoffset NULL,
        [ReportedAt] datetimeoffset NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Incidents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [Recipient] nvarchar(256) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [Body] nvarchar(2000) NOT NULL,
        [Link] nvarchar(300) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ReadAt] datetimeoffset NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE TABLE [IncidentAffectedModels] (
        [Id] uniqueidentifier NOT NULL,
        [IncidentId] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [ModelKey] nvarchar(60) NOT NULL,
        [Version] nvarchar(100) NULL,
        CONSTRAINT [PK_IncidentAffectedModels] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IncidentAffectedModels_Incidents_IncidentId] FOREIGN KEY ([IncidentId]) REFERENCES [Incidents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_IncidentAffectedModels_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE TABLE [IncidentNotices] (
        [Id] uniqueidentifier NOT NULL,
        [IncidentId] uniqueidentifier NOT NULL,
        [Key] nvarchar(40) NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_IncidentNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IncidentNotices_Incidents_IncidentId] FOREIGN KEY ([IncidentId]) REFERENCES [Incidents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE TABLE [IncidentTimeline] (
        [Id] uniqueidentifier NOT NULL,
        [IncidentId] uniqueidentifier NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [Actor] nvarchar(256) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        CONSTRAINT [PK_IncidentTimeline] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IncidentTimeline_Incidents_IncidentId] FOREIGN KEY ([IncidentId]) REFERENCES [Incidents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IncidentAffectedModels_IncidentId_ModelId] ON [IncidentAffectedModels] ([IncidentId], [ModelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE INDEX [IX_IncidentAffectedModels_ModelId] ON [IncidentAffectedModels] ([ModelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IncidentNotices_IncidentId_Key] ON [IncidentNotices] ([IncidentId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE INDEX [IX_Incidents_Assignee] ON [Incidents] ([Assignee]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE INDEX [IX_Incidents_Phase_Severity] ON [Incidents] ([Phase], [Severity]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Incidents_Ref] ON [Incidents] ([Ref]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Incidents_Year_Number] ON [Incidents] ([Year], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE INDEX [IX_IncidentTimeline_IncidentId_OccurredAt] ON [IncidentTimeline] ([IncidentId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    CREATE INDEX [IX_Notifications_Recipient_ReadAt] ON [Notifications] ([Recipient], [ReadAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125220157_Incidents'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125220157_Incidents', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011704_Art73AuthorityReference'
)
BEGIN
    ALTER TABLE [Incidents] ADD [AuthorityReference] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202011704_Art73AuthorityReference'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202011704_Art73AuthorityReference', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202054601_MustChangePassword'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [MustChangePassword] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202054601_MustChangePassword'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202054601_MustChangePassword', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061634_AuditAnchors'
)
BEGIN
    CREATE TABLE [AuditAnchors] (
        [Id] bigint NOT NULL IDENTITY,
        [Sequence] bigint NOT NULL,
        [Hash] char(64) NOT NULL,
        [AnchoredAt] datetimeoffset NOT NULL,
        [Seal] char(64) NOT NULL,
        CONSTRAINT [PK_AuditAnchors] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061634_AuditAnchors'
)
BEGIN
    CREATE INDEX [IX_AuditAnchors_Sequence] ON [AuditAnchors] ([Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202061634_AuditAnchors'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202061634_AuditAnchors', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE TABLE [AssessmentRuns] (
        [Id] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [ActiveSlot] int NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [StartedAt] datetimeoffset NULL,
        [FinishedAt] datetimeoffset NULL,
        [HeartbeatAt] datetimeoffset NULL,
        [Total] int NOT NULL,
        [Done] int NOT NULL,
        [Opened] int NOT NULL,
        [Reopened] int NOT NULL,
        [Resolved] int NOT NULL,
        [Cursor] nvarchar(60) NULL,
        [AverageScore] int NULL,
        [Error] nvarchar(2000) NULL,
        CONSTRAINT [PK_AssessmentRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE TABLE [ControlEvidence] (
        [Id] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [ControlCode] nvarchar(10) NOT NULL,
        [Kind] nvarchar(10) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Url] nvarchar(2000) NULL,
        [Note] nvarchar(2000) NULL,
        [FileName] nvarchar(200) NULL,
        [FileType] nvarchar(20) NULL,
        [SizeBytes] bigint NULL,
        [Sha256] nvarchar(64) NULL,
        [StorageKey] nvarchar(100) NULL,
        [ExpiresAt] datetimeoffset NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ControlEvidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ControlEvidence_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE TABLE [EvidenceBlobs] (
        [StorageKey] nvarchar(100) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [StoredAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_EvidenceBlobs] PRIMARY KEY ([StorageKey])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE TABLE [Findings] (
        [Id] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [ModelKey] nvarchar(60) NOT NULL,
        [RuleKey] nvarchar(60) NOT NULL,
        [Subject] nvarchar(100) NOT NULL,
        [ControlCode] nvarchar(10) NOT NULL,
        [Practice] nvarchar(40) NOT NULL,
        [Environment] nvarchar(20) NULL,
        [Severity] nvarchar(10) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Detail] nvarchar(2000) NOT NULL,
        [Owner] nvarchar(256) NULL,
        [DueAt] datetimeoffset NOT NULL,
        [FirstSeenAt] datetimeoffset NOT NULL,
        [LastSeenAt] datetimeoffset NOT NULL,
        [ResolvedAt] datetimeoffset NULL,
        [ResolutionNote] nvarchar(2000) NULL,
        [RiskRequestedBy] nvarchar(256) NULL,
        [RiskReason] nvarchar(2000) NULL,
        [RiskAcceptedUntil] datetimeoffset NULL,
        [RiskApprovedBy] nvarchar(256) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Findings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Findings_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE TABLE [ModelControlStatuses] (
        [Id] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [ControlCode] nvarchar(10) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Justification] nvarchar(1000) NULL,
        [ReviewedBy] nvarchar(256) NOT NULL,
        [ReviewedAt] datetimeoffset NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ModelControlStatuses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ModelControlStatuses_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE TABLE [ModelScores] (
        [Id] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [RunId] uniqueidentifier NOT NULL,
        [RunNumber] int NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Score] int NOT NULL,
        CONSTRAINT [PK_ModelScores] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ModelScores_AssessmentRuns_RunId] FOREIGN KEY ([RunId]) REFERENCES [AssessmentRuns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ModelScores_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE TABLE [TeamScores] (
        [Id] uniqueidentifier NOT NULL,
        [TeamId] uniqueidentifier NOT NULL,
        [RunId] uniqueidentifier NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Score] int NOT NULL,
        [Models] int NOT NULL,
        CONSTRAINT [PK_TeamScores] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TeamScores_AssessmentRuns_RunId] FOREIGN KEY ([RunId]) REFERENCES [AssessmentRuns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TeamScores_Teams_TeamId] FOREIGN KEY ([TeamId]) REFERENCES [Teams] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE TABLE [FindingEvents] (
        [Id] uniqueidentifier NOT NULL,
        [FindingId] uniqueidentifier NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [Actor] nvarchar(256) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        CONSTRAINT [PK_FindingEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FindingEvents_Findings_FindingId] FOREIGN KEY ([FindingId]) REFERENCES [Findings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AssessmentRuns_ActiveSlot] ON [AssessmentRuns] ([ActiveSlot]) WHERE [ActiveSlot] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AssessmentRuns_Number] ON [AssessmentRuns] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE INDEX [IX_ControlEvidence_ModelId_ControlCode] ON [ControlEvidence] ([ModelId], [ControlCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE INDEX [IX_FindingEvents_FindingId_OccurredAt] ON [FindingEvents] ([FindingId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Findings_ModelId_RuleKey_Subject] ON [Findings] ([ModelId], [RuleKey], [Subject]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE INDEX [IX_Findings_Owner] ON [Findings] ([Owner]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE INDEX [IX_Findings_Status_Severity] ON [Findings] ([Status], [Severity]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ModelControlStatuses_ModelId_ControlCode] ON [ModelControlStatuses] ([ModelId], [ControlCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ModelScores_ModelId_RunId] ON [ModelScores] ([ModelId], [RunId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE INDEX [IX_ModelScores_ModelId_RunNumber] ON [ModelScores] ([ModelId], [RunNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE INDEX [IX_ModelScores_RunId] ON [ModelScores] ([RunId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE INDEX [IX_TeamScores_RunId] ON [TeamScores] ([RunId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE INDEX [IX_TeamScores_TeamId_At] ON [TeamScores] ([TeamId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TeamScores_TeamId_RunId] ON [TeamScores] ([TeamId], [RunId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202170132_ControlsAssessmentsFindings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202170132_ControlsAssessmentsFindings', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    ALTER TABLE [Findings] ADD [AuditId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE TABLE [AuditPlans] (
        [Id] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Recurrence] nvarchar(20) NOT NULL,
        [AnchorOn] date NOT NULL,
        [LeadDays] int NOT NULL,
        [LeadAuditor] nvarchar(256) NOT NULL,
        [IsActive] bit NOT NULL,
        [ScopeModelIds] nvarchar(max) NOT NULL,
        [ScopeRiskTiers] nvarchar(200) NOT NULL,
        [ScopeTeamIds] nvarchar(4000) NOT NULL,
        [ChecklistCodes] nvarchar(1000) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AuditPlans] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE TABLE [Audits] (
        [Id] uniqueidentifier NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [ModelId] uniqueidentifier NOT NULL,
        [ModelKey] nvarchar(60) NOT NULL,
        [DueOn] date NOT NULL,
        [OpensOn] date NOT NULL,
        [LeadAuditor] nvarchar(256) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Answered] int NOT NULL,
        [ItemCount] int NOT NULL,
        [StartedFromAuditId] uniqueidentifier NULL,
        [Conclusion] nvarchar(4000) NULL,
        [SignedOffBy] nvarchar(256) NULL,
        [SignedOffAt] datetimeoffset NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Audits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Audits_AuditPlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [AuditPlans] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Audits_Models_ModelId] FOREIGN KEY ([ModelId]) REFERENCES [Models] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE TABLE [AuditItems] (
        [Id] uniqueidentifier NOT NULL,
        [AuditId] uniqueidentifier NOT NULL,
        [ControlCode] nvarchar(10) NOT NULL,
        [Position] int NOT NULL,
        [Result] nvarchar(20) NULL,
        [Note] nvarchar(2000) NULL,
        [AnsweredBy] nvarchar(256) NULL,
        [AnsweredAt] datetimeoffset NULL,
        [EvidenceIds] nvarchar(4000) NOT NULL,
        [PreviousResult] nvarchar(20) NULL,
        [PreviousNote] nvarchar(2000) NULL,
        [ChangedSinceLastCycle] nvarchar(500) NULL,
        [FindingId] uniqueidentifier NULL,
        CONSTRAINT [PK_AuditItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AuditItems_Audits_AuditId] FOREIGN KEY ([AuditId]) REFERENCES [Audits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE TABLE [AuditReminders] (
        [Id] uniqueidentifier NOT NULL,
        [AuditId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Recipient] nvarchar(256) NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AuditReminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AuditReminders_Audits_AuditId] FOREIGN KEY ([AuditId]) REFERENCES [Audits] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE INDEX [IX_Findings_AuditId] ON [Findings] ([AuditId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AuditItems_AuditId_ControlCode] ON [AuditItems] ([AuditId], [ControlCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE INDEX [IX_AuditItems_FindingId] ON [AuditItems] ([FindingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AuditReminders_AuditId_Kind] ON [AuditReminders] ([AuditId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE INDEX [IX_Audits_ModelId_DueOn] ON [Audits] ([ModelId], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Audits_PlanId_ModelId_DueOn] ON [Audits] ([PlanId], [ModelId], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    CREATE INDEX [IX_Audits_Status_DueOn] ON [Audits] ([Status], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203070713_AuditPlansAndAudits'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203070713_AuditPlansAndAudits', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    ALTER TABLE [Notifications] ADD [ByEmail] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    ALTER TABLE [Notifications] ADD [EmailAttempts] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    ALTER TABLE [Notifications] ADD [EmailError] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    ALTER TABLE [Notifications] ADD [EmailNotBefore] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    ALTER TABLE [Notifications] ADD [EmailedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE TABLE [Courses] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Link] nvarchar(500) NULL,
        [DurationMinutes] int NOT NULL,
        [RecurrenceMonths] int NULL,
        [PassingScore] int NULL,
        [MandatoryRoles] nvarchar(200) NOT NULL,
        [MandatoryTeamIds] nvarchar(4000) NOT NULL,
        [IsActive] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Courses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE TABLE [TrainingAssignments] (
        [Id] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [CourseCode] nvarchar(20) NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [UserEmail] nvarchar(256) NOT NULL,
        [Round] int NOT NULL,
        [DueOn] date NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        [StartedAt] datetimeoffset NULL,
        [CompletedAt] datetimeoffset NULL,
        [Score] int NULL,
        [Attempts] int NOT NULL,
        [ExpiresOn] date NULL,
        [CompletedBy] nvarchar(256) NULL,
        [Attestation] nvarchar(500) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_TrainingAssignments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TrainingAssignments_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_TrainingAssignments_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [Courses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE TABLE [TrainingReminders] (
        [Id] uniqueidentifier NOT NULL,
        [AssignmentId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_TrainingReminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TrainingReminders_TrainingAssignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [TrainingAssignments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE INDEX [IX_Notifications_ByEmail_EmailedAt_EmailNotBefore] ON [Notifications] ([ByEmail], [EmailedAt], [EmailNotBefore]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Courses_Code] ON [Courses] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TrainingAssignments_CourseId_UserId_Round] ON [TrainingAssignments] ([CourseId], [UserId], [Round]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE INDEX [IX_TrainingAssignments_Status_DueOn] ON [TrainingAssignments] ([Status], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE INDEX [IX_TrainingAssignments_UserId_Status] ON [TrainingAssignments] ([UserId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TrainingReminders_AssignmentId_Kind] ON [TrainingReminders] ([AssignmentId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203120126_Training'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203120126_Training', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203132056_Exports'
)
BEGIN
    CREATE TABLE [Exports] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [SubjectLabel] nvarchar(300) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [StartedAt] datetimeoffset NULL,
        [FinishedAt] datetimeoffset NULL,
        [Sha256] char(64) NULL,
        [SizeBytes] bigint NULL,
        [Pages] int NULL,
        [Error] nvarchar(1000) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Exports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203132056_Exports'
)
BEGIN
    CREATE TABLE [ExportFiles] (
        [ExportId] uniqueidentifier NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_ExportFiles] PRIMARY KEY ([ExportId]),
        CONSTRAINT [FK_ExportFiles_Exports_ExportId] FOREIGN KEY ([ExportId]) REFERENCES [Exports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203132056_Exports'
)
BEGIN
    CREATE INDEX [IX_Exports_Kind_SubjectId_RequestedAt] ON [Exports] ([Kind], [SubjectId], [RequestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203132056_Exports'
)
BEGIN
    CREATE INDEX [IX_Exports_RequestedAt] ON [Exports] ([RequestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203132056_Exports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203132056_Exports', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    ALTER TABLE [Exports] ADD [DocumentId] varchar(16) NOT NULL DEFAULT '';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    ALTER TABLE [Exports] ADD [Parameters] nvarchar(2000) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    ALTER TABLE [Exports] ADD [SignedBy] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    ALTER TABLE [Exports] ADD [SigningThumbprint] varchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    ALTER TABLE [Exports] ADD [SubjectLink] nvarchar(300) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    UPDATE [Exports] SET [DocumentId] = 'EXP-' + UPPER(LEFT(REPLACE(CONVERT(nvarchar(36), [Id]), '-', ''), 12)), [Parameters] = '{"auditId":"' + LOWER(CONVERT(nvarchar(36), [SubjectId])) + '"}', [SubjectLink] = '/audits/' + LOWER(CONVERT(nvarchar(36), [SubjectId]));
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Exports_DocumentId] ON [Exports] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    CREATE INDEX [IX_Exports_Sha256] ON [Exports] ([Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    CREATE INDEX [IX_Exports_SigningThumbprint] ON [Exports] ([SigningThumbprint]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204193324_ExportSignatures'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204193324_ExportSignatures', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204200341_ExportSchedules'
)
BEGIN
    ALTER TABLE [Exports] ADD [Period] varchar(16) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204200341_ExportSchedules'
)
BEGIN
    ALTER TABLE [Exports] ADD [ScheduleId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204200341_ExportSchedules'
)
BEGIN
    CREATE TABLE [ExportSchedules] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Parameters] nvarchar(2000) NOT NULL,
        [Cadence] nvarchar(20) NOT NULL,
        [DayOfMonth] int NOT NULL,
        [Recipients] nvarchar(1000) NOT NULL,
        [Active] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ModifiedAt] datetimeoffset NOT NULL,
        [ModifiedBy] nvarchar(256) NOT NULL,
        [ConcurrencyToken] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ExportSchedules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204200341_ExportSchedules'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Exports_ScheduleId_Period] ON [Exports] ([ScheduleId], [Period]) WHERE [ScheduleId] IS NOT NULL AND [Period] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204200341_ExportSchedules'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ExportSchedules_Name] ON [ExportSchedules] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204200341_ExportSchedules'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204200341_ExportSchedules', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204258_ExportDocumentIdIndex'
)
BEGIN
    DROP INDEX [IX_Exports_DocumentId] ON [Exports];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204258_ExportDocumentIdIndex'
)
BEGIN
    CREATE INDEX [IX_Exports_DocumentId] ON [Exports] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204258_ExportDocumentIdIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204204258_ExportDocumentIdIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    DROP INDEX [IX_Findings_ModelId_RuleKey_Subject] ON [Findings];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    ALTER TABLE [Notifications] ADD [InPortal] bit NOT NULL DEFAULT CAST(1 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    ALTER TABLE [Notifications] ADD [Kind] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Findings]') AND [c].[name] = N'ModelId');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Findings] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Findings] ALTER COLUMN [ModelId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    CREATE TABLE [NotificationPreferences] (
        [Id] uniqueidentifier NOT NULL,
        [Recipient] nvarchar(256) NOT NULL,
        [Kind] int NOT NULL,
        [InPortal] bit NOT NULL,
        [ByEmail] bit NOT NULL,
        [ChangedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_NotificationPreferences] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Findings_ModelId_RuleKey_Subject] ON [Findings] ([ModelId], [RuleKey], [Subject]) WHERE [ModelId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Findings_PortalFinding] ON [Findings] ([RuleKey], [Subject]) WHERE [ModelId] IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NotificationPreferences_Recipient_Kind] ON [NotificationPreferences] ([Recipient], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004316_NotificationPreferencesAndPortalFindings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208004316_NotificationPreferencesAndPortalFindings', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004804_AuditAnchorRanges'
)
BEGIN
    ALTER TABLE [AuditAnchors] ADD [From] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208004804_AuditAnchorRanges'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208004804_AuditAnchorRanges', N'10.0.15');
END;

COMMIT;
GO

