-- The class as the court defines it, per campaign, in numbered versions. A version is published once and never
-- changed (the application's database role may not, see R__application_role_privileges); the highest number is
-- current. docs/adr/0039.
create table class_version (
    campaign_id                uuid         not null references campaign (id),
    number                     integer      not null,
    effective_on               date         not null,
    court                      varchar(200) not null,
    decided_on                 date         not null,
    case_reference             varchar(100),
    source_url                 varchar(500),
    other_countries            varchar(10)  not null,
    registrant_country_counts  boolean      not null,
    use_from                   date         not null,
    use_from_inclusive         boolean      not null,
    use_from_assumed           boolean      not null,
    use_until                  date,
    use_until_inclusive        boolean,
    use_until_assumed          boolean,
    majority_age               integer      not null,
    further_requirements_nl    varchar(2000) not null,
    further_requirements_en    varchar(2000) not null,
    published_at               timestamp with time zone not null,
    primary key (campaign_id, number),
    constraint class_version_other_countries_known check (other_countries in ('OPT_OUT', 'OPT_IN', 'EXCLUDED')),
    constraint class_version_until_complete check (
        (use_until is null and use_until_inclusive is null and use_until_assumed is null)
        or (use_until is not null and use_until_inclusive is not null and use_until_assumed is not null))
);

-- The parts of the class, in the order in which a claimant is placed in the first that fits.
create table class_sub_class (
    campaign_id     uuid         not null,
    version_number  integer      not null,
    position        integer      not null,
    code            varchar(40)  not null,
    name_nl         varchar(200) not null,
    name_en         varchar(200) not null,
    representative  varchar(200) not null,
    age_during_use  varchar(10)  not null,
    primary key (campaign_id, version_number, position),
    constraint class_sub_class_code_once unique (campaign_id, version_number, code),
    constraint class_sub_class_version foreign key (campaign_id, version_number)
        references class_version (campaign_id, number),
    constraint class_sub_class_age_known check (age_during_use in ('MINOR', 'ADULT', 'ANY'))
);

-- The regime of each country the version names; every other country has the version's other_countries regime.
create table class_residence (
    campaign_id     uuid        not null,
    version_number  integer     not null,
    country         varchar(2)  not null,
    regime          varchar(10) not null,
    primary key (campaign_id, version_number, country),
    constraint class_residence_version foreign key (campaign_id, version_number)
        references class_version (campaign_id, number),
    constraint class_residence_regime_known check (regime in ('OPT_OUT', 'OPT_IN', 'EXCLUDED'))
);
