CREATE TABLE "member_activity" (
	"person_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"hours_q1" double precision DEFAULT 0 NOT NULL,
	"hours_q2" double precision DEFAULT 0 NOT NULL,
	"hours_q3" double precision DEFAULT 0 NOT NULL,
	"hours_q4" double precision DEFAULT 0 NOT NULL,
	"attended_q1" date,
	"attended_q2" date,
	"attended_q3" date,
	"attended_q4" date,
	CONSTRAINT "member_activity_person_id_year_pk" PRIMARY KEY("person_id","year")
);
--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "expected_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "present_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The derived figures for the records already kept, as re-deriving their facts would make them.
UPDATE "meeting" m SET "expected_count" = c.expected, "present_count" = c.present
FROM (SELECT a.meeting_id, count(*) FILTER (WHERE a.expected)::int AS expected,
             count(*) FILTER (WHERE a.expected AND a.status = 'present')::int AS present
      FROM "meeting_attendance" a GROUP BY a.meeting_id) c
WHERE m.id = c.meeting_id;--> statement-breakpoint
INSERT INTO "member_activity" ("person_id", "year", "hours_q1", "hours_q2", "hours_q3", "hours_q4",
                               "attended_q1", "attended_q2", "attended_q3", "attended_q4")
SELECT f.person_id, extract(year FROM f.on_date)::int,
       coalesce(sum(f.value) FILTER (WHERE f.kind = 'class_hours' AND extract(quarter FROM f.on_date) = 1), 0)::float8,
       coalesce(sum(f.value) FILTER (WHERE f.kind = 'class_hours' AND extract(quarter FROM f.on_date) = 2), 0)::float8,
       coalesce(sum(f.value) FILTER (WHERE f.kind = 'class_hours' AND extract(quarter FROM f.on_date) = 3), 0)::float8,
       coalesce(sum(f.value) FILTER (WHERE f.kind = 'class_hours' AND extract(quarter FROM f.on_date) = 4), 0)::float8,
       max(f.on_date) FILTER (WHERE f.kind = 'attended' AND extract(quarter FROM f.on_date) = 1),
       max(f.on_date) FILTER (WHERE f.kind = 'attended' AND extract(quarter FROM f.on_date) = 2),
       max(f.on_date) FILTER (WHERE f.kind = 'attended' AND extract(quarter FROM f.on_date) = 3),
       max(f.on_date) FILTER (WHERE f.kind = 'attended' AND extract(quarter FROM f.on_date) = 4)
FROM "fact" f
WHERE f.kind IN ('attended', 'class_hours') AND f.person_id IS NOT NULL
GROUP BY f.person_id, extract(year FROM f.on_date)::int;
