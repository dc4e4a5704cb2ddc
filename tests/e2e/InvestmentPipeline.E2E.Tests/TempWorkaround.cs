using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;

namespace InvestmentPipeline.E2E.Tests;

// TEMPORARY (to be deleted): serves the Angular files before routing to validate the rest of the suite.
internal sealed class StaticFirst : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(E2EApp.WebRoot) });
        next(app);
    };
}
