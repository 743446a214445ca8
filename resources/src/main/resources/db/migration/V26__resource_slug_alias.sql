-- Former addresses of library resources (an address corrected after the fact, such as one that had
-- lost the French ligatures œ and æ): they keep leading to their resource.
CREATE TABLE resource_slug_alias (
    slug         VARCHAR(120) NOT NULL PRIMARY KEY,
    resource_id  BIGINT       NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT fk_slug_alias_resource FOREIGN KEY (resource_id) REFERENCES learning_resource (id)
);
CREATE INDEX ix_slug_alias_resource ON resource_slug_alias (resource_id);
