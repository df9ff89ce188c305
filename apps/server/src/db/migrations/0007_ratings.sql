CREATE TABLE "rating_answer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"org_node_id" uuid NOT NULL,
	"criterion_code" text NOT NULL,
	"answered" boolean DEFAULT true NOT NULL,
	"self_score" numeric,
	"self_note" text,
	"review_score" numeric,
	"review_pass" boolean,
	"review_triggered" boolean,
	"review_comment" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_override" (
	"round_id" uuid NOT NULL,
	"org_node_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_override_round_id_org_node_id_pk" PRIMARY KEY("round_id","org_node_id")
);
--> statement-breakpoint
CREATE TABLE "rating_result" (
	"round_id" uuid NOT NULL,
	"org_node_id" uuid NOT NULL,
	"total" numeric NOT NULL,
	"level" integer,
	"computed_level" integer,
	"band_level" integer,
	"hard_cap" integer,
	"previous_level" integer,
	"flags" jsonb NOT NULL,
	"categories" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rating_result_round_id_org_node_id_pk" PRIMARY KEY("round_id","org_node_id")
);
--> statement-breakpoint
CREATE TABLE "rating_round" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scheme_version_id" uuid NOT NULL,
	"scope_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" text NOT NULL,
	"evaluated_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rating_scheme" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"org_types" text[] NOT NULL,
	"scope_org_id" uuid NOT NULL,
	"template_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_scheme_version" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scheme_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"definition" jsonb NOT NULL,
	"note" text,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_submission" (
	"round_id" uuid NOT NULL,
	"org_node_id" uuid NOT NULL,
	"status" text NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rating_submission_round_id_org_node_id_pk" PRIMARY KEY("round_id","org_node_id")
);
--> statement-breakpoint
ALTER TABLE "rating_answer" ADD CONSTRAINT "rating_answer_round_id_rating_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_override" ADD CONSTRAINT "rating_override_round_id_rating_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_result" ADD CONSTRAINT "rating_result_round_id_rating_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_round" ADD CONSTRAINT "rating_round_scheme_version_id_rating_scheme_version_id_fk" FOREIGN KEY ("scheme_version_id") REFERENCES "public"."rating_scheme_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_round" ADD CONSTRAINT "rating_round_scope_org_id_org_node_id_fk" FOREIGN KEY ("scope_org_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_scheme" ADD CONSTRAINT "rating_scheme_scope_org_id_org_node_id_fk" FOREIGN KEY ("scope_org_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_scheme_version" ADD CONSTRAINT "rating_scheme_version_scheme_id_rating_scheme_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."rating_scheme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_submission" ADD CONSTRAINT "rating_submission_round_id_rating_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_submission" ADD CONSTRAINT "rating_submission_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_answer_idx" ON "rating_answer" USING btree ("round_id","org_node_id","criterion_code");--> statement-breakpoint
CREATE INDEX "rating_result_level_idx" ON "rating_result" USING btree ("round_id","level","total");--> statement-breakpoint
CREATE INDEX "rating_round_version_idx" ON "rating_round" USING btree ("scheme_version_id","period_from");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_scheme_code_idx" ON "rating_scheme" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_scheme_version_idx" ON "rating_scheme_version" USING btree ("scheme_id","version");