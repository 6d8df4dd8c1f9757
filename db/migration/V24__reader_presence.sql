-- owner: review
-- Who has which article open in a reader, one row per open reader (a ticket), shared by all nodes on the
-- database (ADR 0038). Each node refreshes seen_at of its own rows; rows a node stopped refreshing (it died)
-- are left out after a minute and deleted. Nothing here needs to survive: no reader is open after a restart.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.
create table reader_presence (
    ticket        varchar(36)  not null,
    article_id    bigint       not null,
    node_id       varchar(64)  not null,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    entered_at    timestamp with time zone not null,
    seen_at       timestamp with time zone not null,
    constraint pk_reader_presence primary key (ticket)
);
create index ix_reader_presence_article on reader_presence (article_id);
