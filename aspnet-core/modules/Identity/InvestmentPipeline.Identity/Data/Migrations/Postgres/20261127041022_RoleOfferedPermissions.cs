using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Identity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class RoleOfferedPermissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OfferedPermissions",
                schema: "identity",
                table: "Identity_Roles",
                type: "text",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OfferedPermissions",
                schema: "identity",
                table: "Identity_Roles");
        }
    }
}
