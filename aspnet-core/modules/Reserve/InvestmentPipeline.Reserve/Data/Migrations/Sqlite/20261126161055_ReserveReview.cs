using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ReserveReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LandPlan",
                table: "Reserve_Projects",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Maturity",
                table: "Reserve_Projects",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Planning");

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                table: "Reserve_Projects",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewStatus",
                table: "Reserve_Projects",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Draft");

            // Projects recorded before curation existed were already in the library; those past 储备 count as 成熟.
            migrationBuilder.Sql("""UPDATE "Reserve_Projects" SET "ReviewStatus" = 'Accepted', "Maturity" = CASE WHEN "State" = 'Reserve' THEN 'Planning' ELSE 'Mature' END;""");

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_ReviewStatus_Maturity",
                table: "Reserve_Projects",
                columns: new[] { "ReviewStatus", "Maturity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reserve_Projects_ReviewStatus_Maturity",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "LandPlan",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "Maturity",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "ReviewStatus",
                table: "Reserve_Projects");
        }
    }
}
