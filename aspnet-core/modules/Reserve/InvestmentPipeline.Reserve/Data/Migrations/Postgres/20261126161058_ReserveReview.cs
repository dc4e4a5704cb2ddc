using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ReserveReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LandPlan",
                schema: "reserve",
                table: "Reserve_Projects",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Maturity",
                schema: "reserve",
                table: "Reserve_Projects",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Planning");

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                schema: "reserve",
                table: "Reserve_Projects",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewStatus",
                schema: "reserve",
                table: "Reserve_Projects",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Draft");

            // Projects recorded before curation existed were already in the library; those past 储备 count as 成熟.
            migrationBuilder.Sql("""UPDATE reserve."Reserve_Projects" SET "ReviewStatus" = 'Accepted', "Maturity" = CASE WHEN "State" = 'Reserve' THEN 'Planning' ELSE 'Mature' END;""");

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_ReviewStatus_Maturity",
                schema: "reserve",
                table: "Reserve_Projects",
                columns: new[] { "ReviewStatus", "Maturity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reserve_Projects_ReviewStatus_Maturity",
                schema: "reserve",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "LandPlan",
                schema: "reserve",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "Maturity",
                schema: "reserve",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                schema: "reserve",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "ReviewStatus",
                schema: "reserve",
                table: "Reserve_Projects");
        }
    }
}
