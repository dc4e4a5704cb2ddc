-- Run as the postgres superuser: psql -v ON_ERROR_STOP=1 -f etc/postgresql-setup.sql
-- The application creates its schemas (audit, identity, …, hangfire) itself through migrations.
CREATE USER ip WITH PASSWORD 'CHANGE-ME';
CREATE DATABASE ip OWNER ip ENCODING 'UTF8';
