using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class RoleOfferedPermissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OfferedPermissions",
                table: "Identity_Roles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OfferedPermissions",
                table: "Identity_Roles");
        }
    }
}
