-- Rate limits shared by every node: hits per key in fixed windows. Old windows are deleted by a scheduled job.
create table rate_limit_window (
    bucket       varchar(200) not null,
    window_start timestamp with time zone not null,
    hits         integer not null,
    primary key (bucket, window_start)
);

-- Keys the application generates once and every node shares (e.g. for sealing the sign-up draft cookie).
create table site_secret (
    name       varchar(50) primary key,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null
);
