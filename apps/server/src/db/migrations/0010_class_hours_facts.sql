-- Study sittings now yield class_hours facts (one per person present or 列席, valued in hours), so the
-- study-hours metric sums facts instead of joining a year of attendance to the sittings. The facts of
-- sittings recorded before this version are derived here, exactly as derive-meeting-facts does.
INSERT INTO "fact" ("id", "kind", "source_type", "source_id", "org_node_id", "person_id", "on_date", "value")
SELECT gen_random_uuid(), 'class_hours', 'meeting', m."id", m."org_node_id", a."person_id", m."held_on",
       extract(epoch FROM m."actual_end" - m."actual_start")::numeric / 3600
FROM "meeting" m JOIN "meeting_attendance" a ON a."meeting_id" = m."id"
WHERE a."status" IN ('present', 'nonvoting') AND m."types" && ARRAY['party_lesson', 'study', 'theme_day']::text[]
  AND m."actual_end" > m."actual_start" AND m."status" IN ('held', 'recorded', 'reviewed') AND m."held_on" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "fact_class_hours_idx" ON "fact" USING btree ("on_date","org_node_id","person_id","value") WHERE "fact"."kind" = 'class_hours';
