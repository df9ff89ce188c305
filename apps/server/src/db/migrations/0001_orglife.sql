CREATE TABLE "attachment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"thumb_key" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fact" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"org_node_id" uuid NOT NULL,
	"person_id" uuid,
	"on_date" date NOT NULL,
	"value" numeric,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "frequency_rule_set" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_node_id" uuid NOT NULL,
	"types" text[] NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"planned_start" timestamp with time zone,
	"actual_start" timestamp with time zone,
	"actual_end" timestamp with time zone,
	"held_on" date,
	"place" text,
	"online" boolean DEFAULT false NOT NULL,
	"chair_person_id" uuid,
	"recorder_person_id" uuid,
	"lecturer_person_id" uuid,
	"lesson_topic" text,
	"first_topic" boolean DEFAULT false NOT NULL,
	"partners" text,
	"agenda" text,
	"minutes" text,
	"validity" jsonb,
	"return_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"expected" boolean NOT NULL,
	"voting" boolean NOT NULL,
	"status" text NOT NULL,
	"absence_reason" text,
	"note" text,
	"signed_in_at" timestamp with time zone,
	"source" text DEFAULT 'manual' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_resolution" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"text" text NOT NULL,
	"yes" integer DEFAULT 0 NOT NULL,
	"no" integer DEFAULT 0 NOT NULL,
	"abstain" integer DEFAULT 0 NOT NULL,
	"written_yes" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_chair_person_id_person_id_fk" FOREIGN KEY ("chair_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_recorder_person_id_person_id_fk" FOREIGN KEY ("recorder_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_lecturer_person_id_person_id_fk" FOREIGN KEY ("lecturer_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_resolution" ADD CONSTRAINT "meeting_resolution_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachment_owner_idx" ON "attachment" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fact_unique_idx" ON "fact" USING btree ("kind","source_id",coalesce("person_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "fact_kind_date_idx" ON "fact" USING btree ("kind","on_date");--> statement-breakpoint
CREATE INDEX "fact_org_kind_idx" ON "fact" USING btree ("org_node_id","kind","on_date");--> statement-breakpoint
CREATE INDEX "fact_person_kind_idx" ON "fact" USING btree ("person_id","kind","on_date");--> statement-breakpoint
CREATE INDEX "meeting_org_day_idx" ON "meeting" USING btree ("org_node_id","held_on");--> statement-breakpoint
CREATE INDEX "meeting_day_idx" ON "meeting" USING btree ("held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_pk" ON "meeting_attendance" USING btree ("meeting_id","person_id");--> statement-breakpoint
CREATE INDEX "meeting_attendance_person_idx" ON "meeting_attendance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "meeting_resolution_meeting_idx" ON "meeting_resolution" USING btree ("meeting_id");