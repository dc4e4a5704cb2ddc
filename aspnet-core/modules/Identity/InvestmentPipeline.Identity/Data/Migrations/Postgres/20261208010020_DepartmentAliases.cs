using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Identity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class DepartmentAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Identity_DepartmentAliases",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Alias = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NormalizedAlias = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_DepartmentAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Identity_DepartmentAliases_Identity_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalSchema: "identity",
                        principalTable: "Identity_Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Identity_DepartmentAliases_DepartmentId",
                schema: "identity",
                table: "Identity_DepartmentAliases",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_DepartmentAliases_NormalizedAlias",
                schema: "identity",
                table: "Identity_DepartmentAliases",
                column: "NormalizedAlias",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Identity_DepartmentAliases",
                schema: "identity");
        }
    }
}
